// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ConsistencyProof} from "../log/ConsistencyProof.sol";
import {InclusionProof} from "../log/InclusionProof.sol";
import {LogHash} from "../log/LogHash.sol";

/// @notice Test-only window on the proof libraries, so the shared tree vectors run on the EVM.
contract LogProofHarness {
    function leafHash(bytes calldata leafData) external pure returns (bytes32) {
        return LogHash.leaf(leafData);
    }

    function nodeHash(bytes32 left, bytes32 right) external pure returns (bytes32) {
        return LogHash.node(left, right);
    }

    function verifyInclusion(uint256 index, uint256 size, bytes32 leafHash_, bytes32 root, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return InclusionProof.verify(index, size, leafHash_, root, proof);
    }

    function verifyConsistency(
        uint256 oldSize,
        uint256 newSize,
        bytes32 oldRoot,
        bytes32 newRoot,
        bytes32[] calldata proof
    ) external pure returns (ConsistencyProof.Outcome) {
        (ConsistencyProof.Outcome outcome,,) = ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, proof);
        return outcome;
    }
}
