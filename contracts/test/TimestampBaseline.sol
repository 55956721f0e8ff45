// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @notice Benchmark baseline only: the shape of the Ethereum Attestation Service's
 * `timestamp(bytes32)` (one new storage slot and one event, no sender, no size), so that the gas of
 * an anchor can be set against it in the same run rather than against a number from elsewhere.
 */
contract TimestampBaseline {
    mapping(bytes32 data => uint64 time) private _timestamps;

    event Timestamped(bytes32 indexed data, uint64 indexed timestamp);

    error AlreadyTimestamped();

    function timestamp(bytes32 data) external returns (uint64 time) {
        if (_timestamps[data] != 0) revert AlreadyTimestamped();
        time = uint64(block.timestamp);
        _timestamps[data] = time;
        emit Timestamped(data, time);
    }
}
