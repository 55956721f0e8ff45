// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title RecallRegistry
 * @notice Public recall notices. A publisher recalls one of its own batches by the batch key that
 * docs/SPEC.md defines; the notice is permanent and dated by the block that records it. Recalls
 * are kept per publisher, so no one can recall another publisher's batch.
 */
contract RecallRegistry {
    /// @notice The longest reason accepted, in bytes. Enough for a notice and a link to details.
    uint256 public constant MAX_REASON_LENGTH = 1024;

    mapping(address publisher => mapping(bytes32 batchKey => uint64 recalledAt)) private _recalledAt;

    /// @notice Emitted when `publisher` recalls `batchKey`, with its reason.
    event BatchRecalled(address indexed publisher, bytes32 indexed batchKey, string reason);

    /// @notice The batch was already recalled by this publisher at `recalledAt`.
    error RecallAlreadyRecorded(address publisher, bytes32 batchKey, uint64 recalledAt);

    /// @notice A recall needs a reason that a verifier can show.
    error RecallEmptyReason(address publisher, bytes32 batchKey);

    /// @notice The reason is longer than {MAX_REASON_LENGTH} bytes.
    error RecallReasonTooLong(uint256 length, uint256 maxLength);

    /**
     * @notice Recalls the caller's batch `batchKey`. A recall cannot be withdrawn.
     * @param batchKey The batch key of docs/SPEC.md: keccak-256 of the batch's GTIN and lot.
     * @param reason Why, in words a customs officer or consumer can read (1 to 1024 bytes).
     *
     * Emits {BatchRecalled}. Reverts with {RecallAlreadyRecorded}, {RecallEmptyReason} or
     * {RecallReasonTooLong}.
     */
    function recall(bytes32 batchKey, string calldata reason) external {
        uint64 earlier = _recalledAt[msg.sender][batchKey];
        if (earlier != 0) revert RecallAlreadyRecorded(msg.sender, batchKey, earlier);
        if (bytes(reason).length == 0) revert RecallEmptyReason(msg.sender, batchKey);
        if (bytes(reason).length > MAX_REASON_LENGTH) {
            revert RecallReasonTooLong(bytes(reason).length, MAX_REASON_LENGTH);
        }
        _recalledAt[msg.sender][batchKey] = uint64(block.timestamp);
        emit BatchRecalled(msg.sender, batchKey, reason);
    }

    /// @notice The block timestamp at which `publisher` recalled `batchKey`, or 0 if it never did.
    function recalledAt(address publisher, bytes32 batchKey) external view returns (uint64) {
        return _recalledAt[publisher][batchKey];
    }
}
