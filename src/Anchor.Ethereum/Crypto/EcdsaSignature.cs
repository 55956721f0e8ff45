namespace Anchor.Ethereum.Crypto;

/// <summary>
/// A secp256k1 signature as Ethereum uses it: r and s (32 bytes each, big-endian) and the
/// recovery id (0 or 1, the parity of the nonce point's y), from which the signer's public key
/// can be recovered. Signatures made here are always low-S (EIP-2).
/// </summary>
public sealed class EcdsaSignature
{
    private readonly byte[] _r;
    private readonly byte[] _s;

    /// <summary>Creates a signature from its parts.</summary>
    /// <exception cref="ArgumentException">r or s is not 32 bytes, or the recovery id is not 0 or 1.</exception>
    public EcdsaSignature(ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, byte recoveryId)
    {
        if (r.Length != 32) throw new ArgumentException($"r must be 32 bytes, got {r.Length}", nameof(r));
        if (s.Length != 32) throw new ArgumentException($"s must be 32 bytes, got {s.Length}", nameof(s));
        if (recoveryId > 1) throw new ArgumentException($"the recovery id must be 0 or 1, got {recoveryId}", nameof(recoveryId));
        _r = r.ToArray();
        _s = s.ToArray();
        RecoveryId = recoveryId;
    }

    /// <summary>r, 32 bytes big-endian.</summary>
    public ReadOnlySpan<byte> R => _r;

    /// <summary>s, 32 bytes big-endian, at most n/2.</summary>
    public ReadOnlySpan<byte> S => _s;

    /// <summary>0 or 1: the y parity of the point R, the "yParity" of typed transactions.</summary>
    public byte RecoveryId { get; }

    /// <summary>True if s is at most n/2 (EIP-2).</summary>
    public bool IsLowS => new Org.BouncyCastle.Math.BigInteger(1, _s).CompareTo(Secp256k1.HalfN) <= 0;

    /// <summary>The 65-byte r ‖ s ‖ v form with v = 27 + recovery id, as eth_sign and ecrecover use.</summary>
    public byte[] ToRsv()
    {
        var bytes = new byte[65];
        _r.CopyTo(bytes, 0);
        _s.CopyTo(bytes, 32);
        bytes[64] = (byte)(27 + RecoveryId);
        return bytes;
    }

    /// <inheritdoc />
    public override string ToString() => $"EcdsaSignature(r={Hex.Encode(_r)}, s={Hex.Encode(_s)}, v={RecoveryId})";
}
