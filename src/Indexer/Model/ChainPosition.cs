using Anchor.Ethereum;

namespace Anchor.Indexer.Model;

/// <summary>A block by number and hash: what the reorg window and the progress remember.</summary>
/// <param name="Number">The block number.</param>
/// <param name="Hash">The block hash.</param>
public readonly record struct BlockRef(ulong Number, Bytes32 Hash)
{
    /// <inheritdoc />
    public override string ToString() => $"block {Number} ({Hash})";
}

/// <summary>
/// Where a contract event sits on chain. (<see cref="TransactionHash"/>, <see cref="LogIndex"/>)
/// identifies it: every indexed row is keyed by that pair, so indexing a log twice is a no-op.
/// </summary>
/// <param name="TransactionHash">The transaction that emitted the log.</param>
/// <param name="LogIndex">The log's index in its block.</param>
/// <param name="BlockNumber">The block's number.</param>
/// <param name="BlockHash">The block's hash.</param>
/// <param name="BlockTime">The block's timestamp.</param>
public sealed record LogPosition(Bytes32 TransactionHash, ulong LogIndex, ulong BlockNumber, Bytes32 BlockHash, DateTimeOffset BlockTime);

/// <summary>
/// The chain and the contracts an index describes. When the node's genesis or the deployment's
/// contracts differ from the stored identity, the index describes a chain that is gone and is
/// built again.
/// </summary>
/// <param name="ChainId">The chain id.</param>
/// <param name="GenesisHash">The hash of block 0.</param>
/// <param name="AnchorRegistry">The AnchorRegistry followed.</param>
/// <param name="RecallRegistry">The RecallRegistry followed.</param>
/// <param name="AllianceRegistry">The AllianceRegistry followed.</param>
/// <param name="FirstBlock">The first block with any of the three contracts: where indexing starts.</param>
public sealed record ChainIdentity(
    ulong ChainId, Bytes32 GenesisHash, Address AnchorRegistry, Address RecallRegistry, Address AllianceRegistry, ulong FirstBlock);

/// <summary>How far the index has got, and what went wrong last.</summary>
/// <param name="Identity">The chain and contracts indexed.</param>
/// <param name="LastBlock">The last final block indexed; null before the first range.</param>
/// <param name="LastHead">The chain head seen by the last step.</param>
/// <param name="UpdatedAt">When a step last wrote.</param>
/// <param name="LastError">The last step failure's message, or null.</param>
/// <param name="LastErrorAt">When it happened.</param>
/// <param name="Reorgs">How many reorgs were rolled back since the last reset.</param>
/// <param name="LastReorg">A description of the last reorg, or null.</param>
/// <param name="Resets">How many times the chain was found reset (or the deployment changed) and indexed again.</param>
/// <param name="LastReset">Why the index last started over, or null.</param>
public sealed record IndexProgress(
    ChainIdentity Identity,
    BlockRef? LastBlock,
    ulong? LastHead,
    DateTimeOffset UpdatedAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    long Reorgs,
    string? LastReorg,
    long Resets,
    string? LastReset)
{
    /// <summary>The next block to index.</summary>
    public ulong NextBlock => LastBlock is { } last ? last.Number + 1 : Identity.FirstBlock;
}
