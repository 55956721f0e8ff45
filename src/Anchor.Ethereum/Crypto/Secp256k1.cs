using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;

namespace Anchor.Ethereum.Crypto;

/// <summary>The secp256k1 curve, on BouncyCastle's custom (fast) field arithmetic.</summary>
internal static class Secp256k1
{
    private static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    public static readonly ECDomainParameters Domain =
        new(Parameters.Curve, Parameters.G, Parameters.N, Parameters.H);

    public static ECCurve Curve => Domain.Curve;

    public static ECPoint G => Domain.G;

    /// <summary>The group order n.</summary>
    public static BigInteger N => Domain.N;

    /// <summary>n / 2: signatures with s above it are "high-S" and rejected by Ethereum (EIP-2).</summary>
    public static readonly BigInteger HalfN = Domain.N.ShiftRight(1);

    /// <summary>Fixed-base comb multiplication: the fastest way BouncyCastle offers to compute k·G.</summary>
    private static readonly FixedPointCombMultiplier BaseMultiplier = new();

    /// <summary>k·G, normalised to affine coordinates.</summary>
    public static ECPoint MultiplyG(BigInteger k) => BaseMultiplier.Multiply(G, k).Normalize();

    /// <summary>True if 0 &lt; d &lt; n, the range of a valid private key.</summary>
    public static bool IsValidScalar(BigInteger d) => d.SignValue > 0 && d.CompareTo(N) < 0;

    /// <summary>A non-negative big-endian integer as exactly 32 bytes.</summary>
    public static byte[] To32Bytes(BigInteger value)
    {
        var bytes = value.ToByteArrayUnsigned();
        if (bytes.Length == 32) return bytes;
        var padded = new byte[32];
        bytes.CopyTo(padded, 32 - bytes.Length);
        return padded;
    }
}
