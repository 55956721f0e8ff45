// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title LogHash
 * @notice The two hashes of an Anchor Merkle log: RFC 9162 section 2.1.1 with Keccak-256.
 *
 * A leaf hash is `keccak256(0x00 || leafData)` and an interior node is
 * `keccak256(0x01 || left || right)`. The one-byte prefixes keep leaves and nodes in separate
 * domains, so no interior node can be presented as a leaf (the second-preimage attack that
 * RFC 6962 section 2.1 closes). docs/SPEC.md section "Tree" is the normative text.
 */
library LogHash {
    /// @notice Hash of the interior node whose children are `left` and `right`.
    function node(bytes32 left, bytes32 right) internal pure returns (bytes32 result) {
        // 65 bytes do not fit the 64-byte scratch space, so the input is laid out just past the
        // free memory pointer, which is memory-safe because the pointer is not moved.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore8(ptr, 0x01)
            mstore(add(ptr, 1), left)
            mstore(add(ptr, 33), right)
            result := keccak256(ptr, 65)
        }
    }

    /// @notice Hash of a leaf whose data is `leafData`.
    function leaf(bytes memory leafData) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x00), leafData));
    }
}
