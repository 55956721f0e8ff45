// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title ConsistencyProof
 * @notice Verifies that a Merkle log of `newSize` extends the log of `oldSize` (RFC 9162 section
 * 2.1.4.2, with the hashes of {LogHash}): the first `oldSize` leaves are unchanged and
 * only leaves were appended. Node hashes are those of {LogHash}.
 */
library ConsistencyProof {
    /// @notice The outcome of {verify}. Anything but `Valid` rejects the proof.
    enum Outcome {
        Valid,
        WrongLength,
        OldRootMismatch,
        NewRootMismatch
    }

    /**
     * @notice Checks `proof` from (oldSize, oldRoot) to (newSize, newRoot).
     * @dev Requires `0 < oldSize < newSize`; the caller rejects the other cases itself, because an
     * empty log is extended by any log and an equal size is not an extension.
     * @return outcome `Valid`, or why the proof fails.
     * @return computedOldRoot The old root the proof implies (zero for `WrongLength`).
     * @return computedNewRoot The new root the proof implies (zero for `WrongLength`).
     */
    function verify(uint256 oldSize, uint256 newSize, bytes32 oldRoot, bytes32 newRoot, bytes32[] calldata proof)
        internal
        pure
        returns (Outcome outcome, bytes32 computedOldRoot, bytes32 computedNewRoot)
    {
        (bool ok, bytes32 fr, bytes32 sr) = computeRoots(oldSize, newSize, oldRoot, proof);
        if (!ok) return (Outcome.WrongLength, bytes32(0), bytes32(0));
        if (fr != oldRoot) return (Outcome.OldRootMismatch, fr, sr);
        if (sr != newRoot) return (Outcome.NewRootMismatch, fr, sr);
        return (Outcome.Valid, fr, sr);
    }

    /**
     * @notice The (old, new) roots that `proof` implies.
     * @dev Requires `0 < oldSize < newSize`. When `oldSize` is a power of two the old root is the
     * left edge of the new tree, so RFC 9162 seeds the walk with `oldRoot` instead of a proof node.
     * @return ok False when the proof has the wrong length for (oldSize, newSize).
     */
    function computeRoots(uint256 oldSize, uint256 newSize, bytes32 oldRoot, bytes32[] calldata proof)
        internal
        pure
        returns (bool ok, bytes32 fr, bytes32 sr)
    {
        // RFC 9162 section 2.1.4.2 step by step; fn and sn walk up the old and new trees. Written in
        // assembly because this loop is most of an anchor's computation: it keeps the 0x01 prefix in
        // memory once and hashes from there, instead of rebuilding the preimage for every node.
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            mstore8(buffer, 0x01)
            let left := add(buffer, 1)
            let right := add(buffer, 33)
            let offset := proof.offset
            let end := add(offset, shl(5, proof.length))
            let fn := sub(oldSize, 1)
            let sn := sub(newSize, 1)
            ok := 1
            switch and(oldSize, fn)
            case 0 {
                // A power-of-two old tree is itself the first node of the path.
                fr := oldRoot
            }
            default {
                if iszero(proof.length) { ok := 0 }
                fr := calldataload(offset)
                offset := add(offset, 32)
            }
            sr := fr
            for {} and(fn, 1) {} {
                fn := shr(1, fn)
                sn := shr(1, sn)
            }
            for {} and(ok, lt(offset, end)) { offset := add(offset, 32) } {
                if iszero(sn) {
                    ok := 0
                    break
                }
                let c := calldataload(offset)
                switch or(and(fn, 1), eq(fn, sn))
                case 0 {
                    mstore(left, sr)
                    mstore(right, c)
                    sr := keccak256(buffer, 65)
                }
                default {
                    mstore(left, c)
                    mstore(right, fr)
                    fr := keccak256(buffer, 65)
                    mstore(right, sr)
                    sr := keccak256(buffer, 65)
                    for {} and(iszero(and(fn, 1)), iszero(iszero(fn))) {} {
                        fn := shr(1, fn)
                        sn := shr(1, sn)
                    }
                }
                fn := shr(1, fn)
                sn := shr(1, sn)
            }
            if sn { ok := 0 }
            if iszero(ok) {
                fr := 0
                sr := 0
            }
        }
    }
}
