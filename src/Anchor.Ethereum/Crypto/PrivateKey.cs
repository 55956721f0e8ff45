using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Utilities;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Anchor.Ethereum.Crypto;

/// <summary>
/// A secp256k1 private key. It signs, and it tells its public key and address; it never shows
/// itself: <see cref="ToString"/> prints the address only, and no error message carries key bytes.
/// </summary>
public sealed class PrivateKey
{
    /// <summary>The length of a private key in bytes.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;
    private readonly BigInteger _scalar;
    private PublicKey? _publicKey;

    private PrivateKey(byte[] bytes, BigInteger scalar)
    {
        _bytes = bytes;
        _scalar = scalar;
    }

    /// <summary>The public key, computed once.</summary>
    public PublicKey PublicKey => _publicKey ??= new PublicKey(Secp256k1.MultiplyG(_scalar));

    /// <summary>The address of this key.</summary>
    public Address Address => PublicKey.Address;

    /// <summary>Wraps 32 bytes, which must be a scalar in [1, n-1].</summary>
    /// <exception cref="InvalidKeyException">Wrong length, zero, or not below the curve order.</exception>
    public static PrivateKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new InvalidKeyException($"a private key is {Length} bytes, got {bytes.Length}");
        }
        var copy = bytes.ToArray();
        var scalar = new BigInteger(1, copy);
        if (!Secp256k1.IsValidScalar(scalar))
        {
            CryptographicOperations.ZeroMemory(copy);
            throw new InvalidKeyException("a private key must lie in [1, n-1] of secp256k1 (it is zero or too large)");
        }
        return new PrivateKey(copy, scalar);
    }

    /// <summary>Parses 64 hex digits, with or without <c>0x</c>.</summary>
    /// <exception cref="InvalidKeyException">Not hex, the wrong length, or out of range.</exception>
    public static PrivateKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        byte[] bytes;
        try
        {
            bytes = Hex.Decode(hex.Trim(), "private key");
        }
        catch (HexFormatException e)
        {
            throw new InvalidKeyException(e.Message);
        }
        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>A new key from the operating system's cryptographic random number generator.</summary>
    public static PrivateKey Generate()
    {
        Span<byte> bytes = stackalloc byte[Length];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var scalar = new BigInteger(1, bytes.ToArray());
            if (Secp256k1.IsValidScalar(scalar)) return new PrivateKey(bytes.ToArray(), scalar);
        }
    }

    /// <summary>
    /// Signs a 32-byte hash: RFC 6979 deterministic nonce (HMAC-SHA256), low-S (EIP-2), with the
    /// recovery id that Ethereum needs to recover the signer.
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes.</exception>
    public EcdsaSignature SignHash(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != 32) throw new ArgumentException($"the hash must be 32 bytes, got {hash.Length}", nameof(hash));
        var n = Secp256k1.N;
        var message = hash.ToArray();
        var e = new BigInteger(1, message);
        var nonces = new HMacDsaKCalculator(new Sha256Digest());
        nonces.Init(n, _scalar, message);
        while (true)
        {
            var k = nonces.NextK();
            var point = Secp256k1.MultiplyG(k);
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(n);
            if (r.SignValue == 0) continue;
            // ModOddInverse (n is an odd prime) is several times faster than the generic ModInverse.
            var s = BigIntegers.ModOddInverse(n, k).Multiply(e.Add(_scalar.Multiply(r))).Mod(n);
            if (s.SignValue == 0) continue;
            // x >= n would need recovery ids 2 and 3, which Ethereum cannot express; the chance is
            // about 2^-128, and the next RFC 6979 nonce is as deterministic as the first.
            if (x.CompareTo(n) >= 0) continue;
            var recoveryId = (byte)(point.AffineYCoord.TestBitZero() ? 1 : 0);
            if (s.CompareTo(Secp256k1.HalfN) > 0)
            {
                // Negating s mirrors R to the point with the other y parity.
                s = n.Subtract(s);
                recoveryId ^= 1;
            }
            return new EcdsaSignature(Secp256k1.To32Bytes(r), Secp256k1.To32Bytes(s), recoveryId);
        }
    }

    /// <summary>
    /// The 32 key bytes. WARNING: this is the secret itself; it exists for the keystore writer and
    /// BIP32 derivation, which live in this assembly, and for tests.
    /// </summary>
    internal byte[] ExportBytes() => (byte[])_bytes.Clone();

    internal BigInteger Scalar => _scalar;

    /// <summary>Names the key by its address; never shows the key.</summary>
    public override string ToString() => $"PrivateKey({Address})";
}
