using Anchor.Ethereum.Crypto;

namespace Anchor.Merkle;

/// <summary>
/// The hashes of the Anchor Merkle log (docs/SPEC.md section 1): RFC 9162 with Keccak-256 and
/// one-byte domain prefixes, exactly as the AnchorRegistry contract computes them.
/// </summary>
public static class LogHasher
{
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    // Leaf data up to this size is hashed from a stack buffer; larger leaves rent one.
    private const int StackLeafLimit = 512;

    /// <summary><c>keccak256("")</c>: the root of the empty log.</summary>
    public static Hash32 EmptyRoot { get; } = Hash32.Parse("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");

    /// <summary><c>keccak256(0x00 || leafData)</c>.</summary>
    public static Hash32 HashLeaf(ReadOnlySpan<byte> leafData)
    {
        var length = leafData.Length + 1;
        byte[]? rented = null;
        var buffer = length <= StackLeafLimit
            ? stackalloc byte[StackLeafLimit]
            : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length));
        try
        {
            buffer[0] = LeafPrefix;
            leafData.CopyTo(buffer[1..]);
            Span<byte> digest = stackalloc byte[Hash32.Length];
            Keccak256.Hash(buffer[..length], digest);
            return new Hash32(digest);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary><c>keccak256(0x01 || left || right)</c>.</summary>
    public static Hash32 HashNode(in Hash32 left, in Hash32 right)
    {
        Span<byte> buffer = stackalloc byte[1 + 2 * Hash32.Length];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Hash32.Length)..]);
        Span<byte> digest = stackalloc byte[Hash32.Length];
        Keccak256.Hash(buffer, digest);
        return new Hash32(digest);
    }
}
