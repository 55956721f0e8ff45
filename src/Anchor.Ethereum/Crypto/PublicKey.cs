using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Utilities;

namespace Anchor.Ethereum.Crypto;

/// <summary>A secp256k1 public key: the point that an address is derived from.</summary>
public sealed class PublicKey : IEquatable<PublicKey>
{
    private readonly ECPoint _point;
    private Address? _address;

    internal PublicKey(ECPoint point)
    {
        _point = point.Normalize();
    }

    /// <summary>The Ethereum address: the last 20 bytes of keccak256 of the 64-byte X ‖ Y.</summary>
    public Address Address => _address ??= Address.FromBytes(Keccak256.Hash(ToUncompressed()).AsSpan(12));

    /// <summary>
    /// Parses an SEC1 public key: 65 bytes (0x04 ‖ X ‖ Y), 33 bytes (compressed) or the bare
    /// 64-byte X ‖ Y that Ethereum tools use.
    /// </summary>
    /// <exception cref="InvalidKeyException">Wrong length or not a point on the curve.</exception>
    public static PublicKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        byte[] encoded = bytes.Length switch
        {
            64 => [0x04, .. bytes],
            65 or 33 => bytes.ToArray(),
            _ => throw new InvalidKeyException($"a public key is 33, 64 or 65 bytes, got {bytes.Length}"),
        };
        try
        {
            var point = Secp256k1.Curve.DecodePoint(encoded);
            if (point.IsInfinity || !point.IsValid()) throw new InvalidKeyException("the public key is not a point on secp256k1");
            return new PublicKey(point);
        }
        catch (ArgumentException e)
        {
            throw new InvalidKeyException($"the public key is not a point on secp256k1 ({e.Message})");
        }
    }

    /// <summary>
    /// Recovers the key that made <paramref name="signature"/> over the 32-byte
    /// <paramref name="hash"/> (SEC 1 v2, section 4.1.6).
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes.</exception>
    /// <exception cref="InvalidSignatureException">No key could have made the signature.</exception>
    public static PublicKey Recover(ReadOnlySpan<byte> hash, EcdsaSignature signature)
    {
        if (hash.Length != 32) throw new ArgumentException($"the hash must be 32 bytes, got {hash.Length}", nameof(hash));
        var n = Secp256k1.N;
        var r = new BigInteger(1, signature.R.ToArray());
        var s = new BigInteger(1, signature.S.ToArray());
        if (!Secp256k1.IsValidScalar(r) || !Secp256k1.IsValidScalar(s))
        {
            throw new InvalidSignatureException("r and s must both lie in [1, n-1]");
        }
        // R is the curve point with x = r and the y parity the recovery id records.
        byte[] compressed = [(byte)(0x02 + signature.RecoveryId), .. Secp256k1.To32Bytes(r)];
        ECPoint rPoint;
        try
        {
            rPoint = Secp256k1.Curve.DecodePoint(compressed);
        }
        catch (ArgumentException)
        {
            throw new InvalidSignatureException("r is not the x coordinate of a curve point");
        }
        var e = new BigInteger(1, hash.ToArray());
        var rInverse = BigIntegers.ModOddInverse(n, r);
        // Q = r^-1 (s·R − e·G)
        var q = ECAlgorithms.SumOfTwoMultiplies(
            Secp256k1.G, e.Negate().Mod(n).Multiply(rInverse).Mod(n),
            rPoint, s.Multiply(rInverse).Mod(n));
        if (q.IsInfinity) throw new InvalidSignatureException("the signature recovers to the point at infinity");
        return new PublicKey(q);
    }

    /// <summary>True if <paramref name="signature"/> over <paramref name="hash"/> was made by this key.</summary>
    public bool Verify(ReadOnlySpan<byte> hash, EcdsaSignature signature)
    {
        var verifier = new ECDsaSigner();
        verifier.Init(false, new ECPublicKeyParameters(_point, Secp256k1.Domain));
        return verifier.VerifySignature(hash.ToArray(), new BigInteger(1, signature.R.ToArray()), new BigInteger(1, signature.S.ToArray()));
    }

    /// <summary>The 64-byte X ‖ Y form (uncompressed, without the 0x04 prefix).</summary>
    public byte[] ToUncompressed() => _point.GetEncoded(false).AsSpan(1).ToArray();

    /// <summary>The 33-byte SEC1 compressed form (0x02 or 0x03 ‖ X), as BIP32 serialises keys.</summary>
    public byte[] ToCompressed() => _point.GetEncoded(true);

    internal ECPoint Point => _point;

    /// <inheritdoc />
    public bool Equals(PublicKey? other) => other is not null && _point.Equals(other._point);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicKey);

    /// <inheritdoc />
    public override int GetHashCode() => _point.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"PublicKey({Address})";
}
