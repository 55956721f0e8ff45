using System.Numerics;
using Anchor.Ethereum.Rlp;

namespace Anchor.Ethereum.Transactions;

/// <summary>Field checks and RLP pieces shared by the transaction types.</summary>
internal static class TransactionFields
{
    private static readonly BigInteger Max256 = BigInteger.One << 256;

    public static void RequireUInt256(BigInteger value, string field)
    {
        if (value.Sign < 0) throw new InvalidTransactionException($"{field} is negative ({value})");
        if (value >= Max256) throw new InvalidTransactionException($"{field} does not fit in 256 bits ({value})");
    }

    public static void RequireChainId(ulong chainId)
    {
        if (chainId == 0) throw new InvalidTransactionException("chain id 0 is not a chain; sign for the chain the node reports");
    }

    public static void RequireGasLimit(ulong gasLimit)
    {
        if (gasLimit == 0) throw new InvalidTransactionException("gas limit is 0");
    }

    public static byte[] EncodeTo(Address? to) => Rlp.Rlp.EncodeBytes(to is { } address ? address.Bytes : []);

    public static Address? DecodeTo(RlpItem item)
    {
        var bytes = AsString(item, "to").Bytes.Span;
        return bytes.Length switch
        {
            0 => null,
            Address.Length => Address.FromBytes(bytes),
            _ => throw new InvalidTransactionException($"'to' is {bytes.Length} bytes; an address is 20"),
        };
    }

    public static RlpString AsString(RlpItem item, string field) =>
        item as RlpString ?? throw new InvalidTransactionException($"{field} is a list where a byte string was expected");

    public static BigInteger BigInt(RlpItem item, string field) => Read(() => AsString(item, field).ToBigInteger(field));

    public static ulong UInt64(RlpItem item, string field) => Read(() => AsString(item, field).ToUInt64(field));

    /// <summary>r or s, as an RLP integer, left-padded back to 32 bytes.</summary>
    public static byte[] Scalar32(RlpItem item, string field)
    {
        var value = BigInt(item, field);
        var bytes = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (bytes.Length > 32) throw new InvalidTransactionException($"{field} is longer than 32 bytes");
        var padded = new byte[32];
        bytes.CopyTo(padded, 32 - bytes.Length);
        return padded;
    }

    /// <summary>r or s as a minimal RLP integer.</summary>
    public static byte[] EncodeScalar(ReadOnlySpan<byte> value) =>
        Rlp.Rlp.EncodeInteger(new BigInteger(value, isUnsigned: true, isBigEndian: true));

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RlpException e)
        {
            throw new InvalidTransactionException(e.Message, e);
        }
    }
}
