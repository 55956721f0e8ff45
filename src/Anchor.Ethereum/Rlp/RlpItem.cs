using System.Numerics;

namespace Anchor.Ethereum.Rlp;

/// <summary>A decoded RLP item: a byte string (<see cref="RlpString"/>) or a list (<see cref="RlpList"/>).</summary>
public abstract record RlpItem;

/// <summary>A decoded RLP byte string.</summary>
/// <param name="Bytes">The string's bytes.</param>
public sealed record RlpString(ReadOnlyMemory<byte> Bytes) : RlpItem
{
    /// <summary>Reads the string as a canonical non-negative integer (no leading zeros).</summary>
    /// <exception cref="RlpException">The string has a leading zero byte.</exception>
    public BigInteger ToBigInteger(string what = "integer")
    {
        var span = Bytes.Span;
        if (span.Length > 0 && span[0] == 0)
        {
            throw new RlpException($"{what} has a leading zero byte, which is not canonical RLP", -1);
        }
        return span.Length == 0 ? BigInteger.Zero : new BigInteger(span, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Reads the string as a canonical integer that fits in 64 bits.</summary>
    /// <exception cref="RlpException">Leading zero, or more than 8 bytes.</exception>
    public ulong ToUInt64(string what = "integer")
    {
        var value = ToBigInteger(what);
        if (value > ulong.MaxValue) throw new RlpException($"{what} does not fit in 64 bits", -1);
        return (ulong)value;
    }

    /// <inheritdoc />
    public override string ToString() => $"RlpString({Hex.Encode(Bytes.Span)})";
}

/// <summary>A decoded RLP list.</summary>
/// <param name="Items">The list's items in order.</param>
public sealed record RlpList(IReadOnlyList<RlpItem> Items) : RlpItem
{
    /// <inheritdoc />
    public override string ToString() => $"RlpList[{string.Join(", ", Items)}]";
}

/// <summary>Bytes are not valid canonical RLP; the message names the fault and its offset.</summary>
public sealed class RlpException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RlpException(string message, int offset)
        : base(offset >= 0 ? $"{message} (at byte {offset})" : message)
    {
        Offset = offset;
    }

    /// <summary>The offset of the fault in the input, or -1 if it has none.</summary>
    public int Offset { get; }
}
