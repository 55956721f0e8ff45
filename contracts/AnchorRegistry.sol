// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ConsistencyProof} from "./log/ConsistencyProof.sol";
import {InclusionProof} from "./log/InclusionProof.sol";

/**
 * @title AnchorRegistry
 * @notice The on-chain heads of append-only Merkle logs. Every address (a publisher) has one log;
 * each call to {anchor} moves the publisher's head to a larger size and is accepted only with an
 * RFC 9162 consistency proof from the current head, so no one, the publisher included, can anchor
 * a history that rewrites what was anchored before.
 *
 * Every anchored root is kept with its size, block number and timestamp, so an evidence bundle
 * that proves an entry against any past root can still be checked here with {verifyInclusion}.
 * The tree's hashing and proof algorithms are specified in docs/SPEC.md.
 */
contract AnchorRegistry {
    /// @notice What is kept for each anchored root. A zero `size` means "never anchored".
    struct AnchorRecord {
        uint64 size;
        uint64 blockNumber;
        uint64 timestamp;
    }

    // The head is stored as its root only; its size lives in the root's record. That keeps an
    // anchor at one new storage slot plus one rewritten slot, the least that can hold both.
    mapping(address publisher => bytes32 root) private _headRoots;
    mapping(address publisher => mapping(bytes32 root => AnchorRecord)) private _records;

    /**
     * @notice Emitted when `publisher` moves its head from `previousSize` to (`size`, `root`).
     * @dev `previousSize` is zero for a publisher's first anchor.
     */
    event Anchored(address indexed publisher, uint64 previousSize, uint64 size, bytes32 root);

    /// @notice The new size does not extend the publisher's current head.
    error AnchorSizeNotIncreasing(address publisher, uint64 currentSize, uint64 size);

    /// @notice The zero root is reserved to mean "no head".
    error AnchorZeroRoot(address publisher);

    /**
     * @notice The consistency proof has the wrong number of nodes for (`fromSize`, `toSize`). The
     * first anchor of a publisher (`fromSize` zero) takes an empty proof.
     */
    error AnchorConsistencyProofLength(uint64 fromSize, uint64 toSize, uint256 proofLength);

    /// @notice The consistency proof does not link the current head to the new one.
    error AnchorConsistencyRootMismatch(
        bytes32 currentRoot, bytes32 computedCurrentRoot, bytes32 newRoot, bytes32 computedNewRoot
    );

    /**
     * @notice Moves the caller's head to (`size`, `root`).
     * @param size The number of entries in the caller's log, larger than the current head's.
     * @param root The RFC 9162 Merkle tree hash of those entries (Keccak-256, 0x00/0x01 prefixes).
     * @param consistencyProof The RFC 9162 consistency proof from the current head to the new one,
     * empty for the caller's first anchor.
     *
     * Emits {Anchored}. Reverts with {AnchorSizeNotIncreasing}, {AnchorZeroRoot},
     * {AnchorConsistencyProofLength} or {AnchorConsistencyRootMismatch}.
     */
    function anchor(uint64 size, bytes32 root, bytes32[] calldata consistencyProof) external {
        bytes32 currentRoot = _headRoots[msg.sender];
        uint64 currentSize = currentRoot == bytes32(0) ? 0 : _records[msg.sender][currentRoot].size;
        if (size <= currentSize) revert AnchorSizeNotIncreasing(msg.sender, currentSize, size);
        if (root == bytes32(0)) revert AnchorZeroRoot(msg.sender);

        if (currentSize == 0) {
            if (consistencyProof.length != 0) {
                revert AnchorConsistencyProofLength(0, size, consistencyProof.length);
            }
        } else {
            (ConsistencyProof.Outcome outcome, bytes32 computedCurrent, bytes32 computedNew) =
                ConsistencyProof.verify(currentSize, size, currentRoot, root, consistencyProof);
            if (outcome == ConsistencyProof.Outcome.WrongLength) {
                revert AnchorConsistencyProofLength(currentSize, size, consistencyProof.length);
            }
            if (outcome != ConsistencyProof.Outcome.Valid) {
                revert AnchorConsistencyRootMismatch(currentRoot, computedCurrent, root, computedNew);
            }
        }

        // A root recorded earlier cannot be overwritten here: two different sizes of one log
        // have the same root only if Keccak-256 has a collision.
        _headRoots[msg.sender] = root;
        _records[msg.sender][root] = AnchorRecord(size, uint64(block.number), uint64(block.timestamp));
        emit Anchored(msg.sender, currentSize, size, root);
    }

    /**
     * @notice The current head of `publisher`'s log: (0, 0x0) before its first anchor.
     */
    function head(address publisher) external view returns (uint64 size, bytes32 root) {
        root = _headRoots[publisher];
        size = _records[publisher][root].size;
    }

    /**
     * @notice The record of `root` as anchored by `publisher`: its size, block number and block
     * timestamp. All fields are zero when `publisher` never anchored `root`.
     */
    function anchorRecord(address publisher, bytes32 root) external view returns (AnchorRecord memory) {
        return _records[publisher][root];
    }

    /**
     * @notice True only if `publisher` anchored `root` at `size` and `proof` shows `leafHash` at
     * `index` in that tree (RFC 9162 section 2.1.3.2). Never reverts on a bad proof.
     *
     * How to call it from a block explorer: open this contract's "Read Contract" tab, expand
     * `verifyInclusion` and paste the values an evidence bundle lists under `explorer.verifyInclusion`:
     * `publisher` as a 0x address, `root` and `leafHash` as 0x-prefixed 32-byte hex, `size` and
     * `index` as decimal numbers, and `proof` as a JSON-style array such as `[0xab…,0xcd…]` (`[]` for
     * a log of one entry). Then press "Query": `true` means the entry is in the log the publisher
     * anchored, and {anchorRecord} for the same root gives the block and time of the anchor.
     *
     * WARNING: `leafHash` is `keccak256(0x00 || leafData)` as docs/SPEC.md defines the leaf, not the
     * leaf data itself and not an event hash ID. The check proves inclusion of that hash only: the
     * verifier must still recompute it from the disclosed entry bytes.
     */
    function verifyInclusion(
        address publisher,
        bytes32 root,
        uint64 size,
        uint64 index,
        bytes32 leafHash,
        bytes32[] calldata proof
    ) external view returns (bool) {
        if (size == 0 || _records[publisher][root].size != size) return false;
        return InclusionProof.verify(index, size, leafHash, root, proof);
    }
}
