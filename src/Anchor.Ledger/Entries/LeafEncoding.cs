using System.Text;
using Anchor.Ethereum.Crypto;
using Anchor.Merkle;

namespace Anchor.Ledger.Entries;

/// <summary>
/// The leaf data of a ledger entry, version 1 (docs/SPEC.md section 2.3), 129 bytes:
/// <c>0x01 || salt || batchKey || keccak256(UTF-8(eventHashId)) || keccak256(eventBytes)</c>.
/// </summary>
/// <remarks>
/// The leaf commits to the exact stored event bytes, the event's CBV 2.0 hash ID and its batch,
/// and to a random salt, so that the sibling hashes in someone else's proof cannot be matched
/// against guessed events or batches. Committing to digests rather than raw bytes keeps the leaf a
/// fixed size and would let an entry be proven without disclosing the event.
/// </remarks>
public static class LeafEncoding
{
    /// <summary>The leaf format version, the first byte of the leaf data.</summary>
    public const byte Version = 0x01;

    /// <summary>The length of the leaf data.</summary>
    public const int Length = 1 + 4 * Hash32.Length;

    /// <summary>The length of a salt.</summary>
    public const int SaltLength = 32;

    /// <summary>Writes the leaf data into <paramref name="destination"/> (at least <see cref="Length"/> bytes).</summary>
    /// <exception cref="ArgumentException">The salt is not 32 bytes.</exception>
    public static void Write(ReadOnlySpan<byte> salt, Hash32 batchKey, string eventHashId, ReadOnlySpan<byte> eventBytes, Span<byte> destination)
    {
        if (salt.Length != SaltLength) throw new ArgumentException($"a salt is {SaltLength} bytes, got {salt.Length}", nameof(salt));
        destination[0] = Version;
        salt.CopyTo(destination[1..]);
        batchKey.CopyTo(destination[33..]);
        Keccak256.Hash(Encoding.UTF8.GetBytes(eventHashId), destination[65..]);
        Keccak256.Hash(eventBytes, destination[97..]);
    }

    /// <summary>The leaf data as a new array.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> salt, Hash32 batchKey, string eventHashId, ReadOnlySpan<byte> eventBytes)
    {
        var data = new byte[Length];
        Write(salt, batchKey, eventHashId, eventBytes, data);
        return data;
    }

    /// <summary>The leaf hash, <c>keccak256(0x00 || leafData)</c>.</summary>
    public static Hash32 LeafHash(ReadOnlySpan<byte> salt, Hash32 batchKey, string eventHashId, ReadOnlySpan<byte> eventBytes)
    {
        Span<byte> data = stackalloc byte[Length];
        Write(salt, batchKey, eventHashId, eventBytes, data);
        return LogHasher.HashLeaf(data);
    }
}
