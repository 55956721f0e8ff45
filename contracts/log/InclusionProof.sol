// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title InclusionProof
 * @notice Verifies that a leaf sits at an index of a Merkle log of a given size (RFC 9162
 * section 2.1.3.2, with the hashes of {LogHash}).
 *
 * WARNING: `leafHash` is the hash of the leaf, `keccak256(0x00 || leafData)`, not the leaf data.
 * Passing an interior node hash as `leafHash` fails, because no proof of the right length for a
 * leaf position can reach the root from it, but callers should hash leaf data with {LogHash-leaf}.
 * Node hashes are those of {LogHash}.
 */
library InclusionProof {
    /**
     * @notice Computes the root that `proof` implies for `leafHash` at `index` in a log of `size`.
     * @return ok False when `index >= size` or the proof has the wrong length for (index, size).
     * @return root The implied root, zero when `ok` is false.
     */
    function computeRoot(uint256 index, uint256 size, bytes32 leafHash, bytes32[] calldata proof)
        internal
        pure
        returns (bool ok, bytes32 root)
    {
        if (index >= size) return (false, bytes32(0));
        // RFC 9162 section 2.1.3.2, in assembly for the reason given in {ConsistencyProof}.
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            mstore8(buffer, 0x01)
            let left := add(buffer, 1)
            let right := add(buffer, 33)
            let offset := proof.offset
            let end := add(offset, shl(5, proof.length))
            let fn := index
            let sn := sub(size, 1)
            ok := 1
            root := leafHash
            for {} lt(offset, end) { offset := add(offset, 32) } {
                if iszero(sn) {
                    ok := 0
                    break
                }
                let p := calldataload(offset)
                switch or(and(fn, 1), eq(fn, sn))
                case 0 {
                    mstore(left, root)
                    mstore(right, p)
                }
                default {
                    mstore(left, p)
                    mstore(right, root)
                    // The rightmost node of a level without a sibling is carried up unchanged.
                    for {} and(iszero(and(fn, 1)), iszero(iszero(fn))) {} {
                        fn := shr(1, fn)
                        sn := shr(1, sn)
                    }
                }
                root := keccak256(buffer, 65)
                fn := shr(1, fn)
                sn := shr(1, sn)
            }
            if sn { ok := 0 }
            if iszero(ok) { root := 0 }
        }
    }

    /// @notice True when `proof` shows `leafHash` at `index` in the log of `size` whose root is `root`.
    function verify(uint256 index, uint256 size, bytes32 leafHash, bytes32 root, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        (bool ok, bytes32 computed) = computeRoot(index, size, leafHash, proof);
        return ok && computed == root;
    }
}
