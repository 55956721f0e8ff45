// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/**
 * @title AllianceRegistry
 * @notice The alliance's roll of member publishers, so that a verifier can show "anchored by
 * By-Health (alliance member)" instead of a bare address. The owner (the alliance) admits,
 * updates and removes members; ownership moves in two steps so that a typo cannot lose it.
 */
contract AllianceRegistry is Ownable2Step {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice A member's public profile. `admittedAt` is zero for an address that is not a member.
    struct Member {
        string name;
        string metadataURI;
        uint64 admittedAt;
    }

    /// @notice The longest display name accepted, in bytes.
    uint256 public constant MAX_NAME_LENGTH = 128;

    EnumerableSet.AddressSet private _memberAddresses;
    mapping(address publisher => Member) private _members;

    /// @notice Emitted when `publisher` joins the alliance.
    event MemberAdmitted(address indexed publisher, string name, string metadataURI);

    /// @notice Emitted when the owner changes a member's name or metadata URI.
    event MemberUpdated(address indexed publisher, string name, string metadataURI);

    /// @notice Emitted when `publisher` leaves the alliance.
    event MemberRemoved(address indexed publisher);

    /// @notice The zero address cannot be a member.
    error AllianceZeroAddress();

    /// @notice `publisher` is already a member.
    error AllianceAlreadyMember(address publisher);

    /// @notice `publisher` is not a member.
    error AllianceNotMember(address publisher);

    /// @notice A member's display name must have 1 to {MAX_NAME_LENGTH} bytes.
    error AllianceInvalidName(address publisher, uint256 nameLength);

    /// @param initialOwner The alliance's administrative address.
    constructor(address initialOwner) Ownable(initialOwner) {}

    /**
     * @notice Admits `publisher` with a display name and a metadata URI (may be empty). Owner only.
     *
     * Emits {MemberAdmitted}. Reverts with {OwnableUnauthorizedAccount}, {AllianceZeroAddress},
     * {AllianceAlreadyMember} or {AllianceInvalidName}.
     */
    function admit(address publisher, string calldata name, string calldata metadataURI) external onlyOwner {
        if (publisher == address(0)) revert AllianceZeroAddress();
        _requireValidName(publisher, name);
        if (!_memberAddresses.add(publisher)) revert AllianceAlreadyMember(publisher);
        _members[publisher] = Member(name, metadataURI, uint64(block.timestamp));
        emit MemberAdmitted(publisher, name, metadataURI);
    }

    /**
     * @notice Changes the display name and metadata URI of member `publisher`. Owner only.
     *
     * Emits {MemberUpdated}. Reverts with {OwnableUnauthorizedAccount}, {AllianceNotMember} or
     * {AllianceInvalidName}.
     */
    function update(address publisher, string calldata name, string calldata metadataURI) external onlyOwner {
        if (!_memberAddresses.contains(publisher)) revert AllianceNotMember(publisher);
        _requireValidName(publisher, name);
        Member storage member_ = _members[publisher];
        member_.name = name;
        member_.metadataURI = metadataURI;
        emit MemberUpdated(publisher, name, metadataURI);
    }

    /**
     * @notice Removes member `publisher`. Owner only. Its past anchors stay valid; verifiers stop
     * showing it as a member.
     *
     * Emits {MemberRemoved}. Reverts with {OwnableUnauthorizedAccount} or {AllianceNotMember}.
     */
    function remove(address publisher) external onlyOwner {
        if (!_memberAddresses.remove(publisher)) revert AllianceNotMember(publisher);
        delete _members[publisher];
        emit MemberRemoved(publisher);
    }

    /// @notice True if `publisher` is a member now.
    function isMember(address publisher) external view returns (bool) {
        return _memberAddresses.contains(publisher);
    }

    /// @notice The profile of `publisher`; all fields empty or zero if it is not a member.
    function member(address publisher) external view returns (Member memory) {
        return _members[publisher];
    }

    /// @notice The number of members.
    function memberCount() external view returns (uint256) {
        return _memberAddresses.length();
    }

    /// @notice The member at `index` (0 <= index < {memberCount}); the order changes on removal.
    function memberAt(uint256 index) external view returns (address) {
        return _memberAddresses.at(index);
    }

    function _requireValidName(address publisher, string calldata name) private pure {
        uint256 length = bytes(name).length;
        if (length == 0 || length > MAX_NAME_LENGTH) revert AllianceInvalidName(publisher, length);
    }
}
