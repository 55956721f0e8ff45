using System.Numerics;
using System.Security.Cryptography;

namespace Anchor.Ethereum.Keys;

/// <summary>Base58Check, the encoding of BIP32's xpub/xprv strings.</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(ReadOnlySpan<byte> payload)
    {
        var checksum = SHA256.HashData(SHA256.HashData(payload));
        byte[] data = [.. payload, .. checksum.AsSpan(0, 4)];
        var value = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>();
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            chars.Add(Alphabet[(int)remainder]);
        }
        // Each leading zero byte is written as '1'.
        foreach (var b in data)
        {
            if (b != 0) break;
            chars.Add('1');
        }
        chars.Reverse();
        return new string(chars.ToArray());
    }
}
