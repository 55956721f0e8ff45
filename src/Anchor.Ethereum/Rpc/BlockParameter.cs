using System.Globalization;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// Which block a JSON-RPC call reads: a number, or a tag (latest, pending, safe, finalized,
/// earliest). Methods take <c>BlockParameter?</c> and read null as <see cref="Latest"/>.
/// </summary>
public readonly record struct BlockParameter
{
    private readonly string? _tag;

    private BlockParameter(string? tag, ulong number)
    {
        _tag = tag;
        Number = number;
    }

    /// <summary>The most recent block.</summary>
    public static BlockParameter Latest => new("latest", 0);

    /// <summary>The pending state: with <c>eth_getTransactionCount</c>, the next nonce counting queued transactions.</summary>
    public static BlockParameter Pending => new("pending", 0);

    /// <summary>The genesis block.</summary>
    public static BlockParameter Earliest => new("earliest", 0);

    /// <summary>The latest block the consensus layer considers safe from re-organisation.</summary>
    public static BlockParameter Safe => new("safe", 0);

    /// <summary>The latest finalized block.</summary>
    public static BlockParameter Finalized => new("finalized", 0);

    /// <summary>A block by number.</summary>
    public static BlockParameter At(ulong number) => new(null, number);

    /// <summary>A block by number.</summary>
    public static implicit operator BlockParameter(ulong number) => At(number);

    /// <summary>The tag, or null for a block number.</summary>
    public string? Tag => _tag;

    /// <summary>The block number; meaningful when <see cref="Tag"/> is null.</summary>
    public ulong Number { get; }

    /// <summary>The JSON-RPC form: a tag, or a 0x-prefixed hex quantity.</summary>
    public string ToRpcString() => _tag ?? "0x" + Number.ToString("x", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => _tag ?? Number.ToString(CultureInfo.InvariantCulture);
}
