using System.Buffers.Binary;
using System.Security.Cryptography;
using Anchor.Ethereum.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Anchor.Ethereum.Keys;

/// <summary>
/// A BIP32 extended private key: a key and a chain code, from which child keys derive.
/// </summary>
/// <remarks><see cref="ToString"/> shows the path position and the address, never the key or chain code.</remarks>
public sealed class ExtendedKey
{
    private readonly byte[] _chainCode;

    private ExtendedKey(PrivateKey key, byte[] chainCode, byte depth, uint parentFingerprint, uint childNumber)
    {
        PrivateKey = key;
        _chainCode = chainCode;
        Depth = depth;
        ParentFingerprint = parentFingerprint;
        ChildNumber = childNumber;
    }

    /// <summary>The private key at this node.</summary>
    public PrivateKey PrivateKey { get; }

    /// <summary>0 for the master key, one more per derivation step.</summary>
    public byte Depth { get; }

    /// <summary>The first 4 bytes of the parent's key identifier (0 for the master).</summary>
    public uint ParentFingerprint { get; }

    /// <summary>The index this key was derived at (0 for the master).</summary>
    public uint ChildNumber { get; }

    /// <summary>The master key of a BIP32 seed: HMAC-SHA512 keyed with "Bitcoin seed".</summary>
    /// <exception cref="ArgumentException">The seed is not 16 to 64 bytes.</exception>
    public static ExtendedKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length is < 16 or > 64) throw new ArgumentException($"a BIP32 seed is 16 to 64 bytes, got {seed.Length}", nameof(seed));
        var digest = HMACSHA512.HashData("Bitcoin seed"u8, seed);
        try
        {
            return new ExtendedKey(PrivateKey.FromBytes(digest.AsSpan(0, 32)), digest.AsSpan(32).ToArray(), 0, 0, 0);
        }
        catch (InvalidKeyException)
        {
            throw new KeyException("this seed gives an invalid BIP32 master key (probability about 2^-127); use another seed");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(digest);
        }
    }

    /// <summary>Derives along <paramref name="path"/> from this key.</summary>
    public ExtendedKey Derive(KeyPath path)
    {
        var key = this;
        foreach (var index in path.Indices) key = key.Derive(index);
        return key;
    }

    /// <summary>CKDpriv: the child at <paramref name="index"/> (hardened if the top bit is set).</summary>
    /// <exception cref="KeyException">The child is invalid (probability about 2^-127); use the next index.</exception>
    public ExtendedKey Derive(uint index)
    {
        var parentKey = PrivateKey.ExportBytes();
        var data = new byte[37];
        try
        {
            if ((index & KeyPath.HardenedBit) != 0)
            {
                parentKey.CopyTo(data, 1);
            }
            else
            {
                PrivateKey.PublicKey.ToCompressed().CopyTo(data, 0);
            }
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), index);
            var digest = HMACSHA512.HashData(_chainCode, data);
            try
            {
                var tweak = new BigInteger(1, digest, 0, 32);
                var child = tweak.Add(PrivateKey.Scalar).Mod(Secp256k1.N);
                if (tweak.CompareTo(Secp256k1.N) >= 0 || child.SignValue == 0)
                {
                    throw new KeyException($"BIP32 child {index} is invalid (probability about 2^-127); use index {index + 1}");
                }
                var childKey = PrivateKey.FromBytes(Secp256k1.To32Bytes(child));
                return new ExtendedKey(childKey, digest.AsSpan(32).ToArray(), (byte)(Depth + 1), Fingerprint(), index);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(digest);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(parentKey);
            CryptographicOperations.ZeroMemory(data);
        }
    }

    /// <summary>The Base58Check <c>xpub…</c> form (public: it reveals addresses, not keys).</summary>
    public string ToExtendedPublicKey() => Serialize(0x0488B21E, PrivateKey.PublicKey.ToCompressed());

    /// <summary>The Base58Check <c>xprv…</c> form. WARNING: a secret; it exists for the BIP32 test vectors.</summary>
    internal string ToExtendedPrivateKey() => Serialize(0x0488ADE4, [0x00, .. PrivateKey.ExportBytes()]);

    /// <summary>Names the node by depth, child number and address.</summary>
    public override string ToString() => $"ExtendedKey(depth {Depth}, child {ChildNumber}, {PrivateKey.Address})";

    /// <summary>The first 4 bytes of HASH160 (RIPEMD-160 of SHA-256) of the compressed public key.</summary>
    private uint Fingerprint()
    {
        var sha = SHA256.HashData(PrivateKey.PublicKey.ToCompressed());
        var ripemd = new RipeMD160Digest();
        ripemd.BlockUpdate(sha, 0, sha.Length);
        var hash = new byte[20];
        ripemd.DoFinal(hash, 0);
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    private string Serialize(uint version, ReadOnlySpan<byte> key)
    {
        var payload = new byte[78];
        BinaryPrimitives.WriteUInt32BigEndian(payload, version);
        payload[4] = Depth;
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(5), ParentFingerprint);
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(9), ChildNumber);
        _chainCode.CopyTo(payload, 13);
        key.CopyTo(payload.AsSpan(45));
        try
        {
            return Base58Check.Encode(payload);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(payload);
        }
    }
}
