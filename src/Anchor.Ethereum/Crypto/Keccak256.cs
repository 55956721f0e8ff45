using System.Buffers.Binary;

namespace Anchor.Ethereum.Crypto;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original Keccak submission with padding byte 0x01, which
/// differs from FIPS 202 SHA3-256 (padding 0x06, .NET's <c>SHA3_256</c>).
/// </summary>
/// <remarks>
/// The Merkle log hashes millions of 33- and 65-byte inputs, so the one-shot path keeps the
/// 25-lane state on the stack, absorbs the last block straight from the input (no padded copy)
/// and allocates nothing. The permutation is in <c>Keccak256.Permutation.cs</c>.
/// </remarks>
public static partial class Keccak256
{
    /// <summary>The digest length in bytes.</summary>
    public const int HashLength = 32;

    private const int RateBytes = 136;
    private const int RateLanes = RateBytes / 8;

    /// <summary>Hashes <paramref name="input"/> into the first 32 bytes of <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than 32 bytes.</exception>
    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < HashLength)
        {
            throw new ArgumentException($"output needs {HashLength} bytes, has {output.Length}", nameof(output));
        }
        Span<ulong> state = stackalloc ulong[25];
        state.Clear();
        while (input.Length >= RateBytes)
        {
            for (var i = 0; i < RateLanes; i++)
            {
                state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(input[(i * 8)..]);
            }
            Permute(state);
            input = input[RateBytes..];
        }

        // The last, partial block: whole lanes first, then the lane that holds the remaining
        // bytes and the 0x01 pad byte; the final 0x80 pad bit always lands in the rate's last lane.
        var wholeLanes = input.Length >> 3;
        for (var i = 0; i < wholeLanes; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(input[(i * 8)..]);
        }
        var tailLength = input.Length & 7;
        var tail = 1UL << (8 * tailLength);
        var tailBytes = input[(wholeLanes * 8)..];
        for (var j = 0; j < tailLength; j++)
        {
            tail |= (ulong)tailBytes[j] << (8 * j);
        }
        state[wholeLanes] ^= tail;
        state[RateLanes - 1] ^= 0x8000000000000000UL;
        Permute(state);

        BinaryPrimitives.WriteUInt64LittleEndian(output, state[0]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[8..], state[1]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[16..], state[2]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[24..], state[3]);
    }

    /// <summary>Returns the Keccak-256 digest of <paramref name="input"/> as a new array.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> input)
    {
        var output = new byte[HashLength];
        Hash(input, output);
        return output;
    }
}
