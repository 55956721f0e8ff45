using System.Security.Cryptography;
using System.Text.Json;

namespace Anchor.Ethereum.Keys;

/// <summary>The parsed fields of a v3 keystore, with the KDF it names.</summary>
internal sealed class KeyStoreFile
{
    private KeyStoreFile(byte[] iv, byte[] ciphertext, byte[] mac, Func<byte[], byte[]> deriveKey, Address? address)
    {
        Iv = iv;
        Ciphertext = ciphertext;
        Mac = mac;
        DeriveKey = deriveKey;
        Address = address;
    }

    public byte[] Iv { get; }

    public byte[] Ciphertext { get; }

    public byte[] Mac { get; }

    /// <summary>Password bytes to derived key, with the file's KDF and parameters.</summary>
    public Func<byte[], byte[]> DeriveKey { get; }

    public Address? Address { get; }

    public static KeyStoreFile Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("a keystore is a JSON object");
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 3)
        {
            throw new KeyStoreException("only version 3 keystores are supported");
        }
        // geth wrote "Crypto" in early versions.
        var crypto = root.TryGetProperty("crypto", out var c) ? c : root.GetProperty("Crypto");
        var cipher = crypto.GetProperty("cipher").GetString();
        if (cipher != "aes-128-ctr") throw new KeyStoreException($"cipher '{cipher}' is not supported (only aes-128-ctr)");
        var iv = Hex(crypto.GetProperty("cipherparams"), "iv");
        if (iv.Length != 16) throw new FormatException($"the IV is {iv.Length} bytes, not 16");
        var ciphertext = Hex(crypto, "ciphertext");
        var mac = Hex(crypto, "mac");
        if (mac.Length != 32) throw new FormatException($"the MAC is {mac.Length} bytes, not 32");
        var kdfParams = crypto.GetProperty("kdfparams");
        var salt = Hex(kdfParams, "salt");
        var dkLen = kdfParams.GetProperty("dklen").GetInt32();
        Func<byte[], byte[]> derive = crypto.GetProperty("kdf").GetString() switch
        {
            "scrypt" => ScryptKdf(kdfParams, salt, dkLen),
            "pbkdf2" => Pbkdf2Kdf(kdfParams, salt, dkLen),
            var other => throw new KeyStoreException($"kdf '{other}' is not supported (only scrypt and pbkdf2)"),
        };
        Address? address = root.TryGetProperty("address", out var a) && a.ValueKind == JsonValueKind.String
            ? Ethereum.Address.Parse(a.GetString()!.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? a.GetString()! : "0x" + a.GetString())
            : null;
        return new KeyStoreFile(iv, ciphertext, mac, derive, address);
    }

    private static Func<byte[], byte[]> ScryptKdf(JsonElement p, byte[] salt, int dkLen)
    {
        var n = p.GetProperty("n").GetInt64();
        var r = p.GetProperty("r").GetInt64();
        var parallelism = p.GetProperty("p").GetInt64();
        KeyStore.CheckScrypt(n, r, parallelism, dkLen);
        return password => Scrypt.DeriveKey(password, salt, (int)n, (int)r, (int)parallelism, dkLen);
    }

    private static Func<byte[], byte[]> Pbkdf2Kdf(JsonElement p, byte[] salt, int dkLen)
    {
        var prf = p.GetProperty("prf").GetString();
        if (prf != "hmac-sha256") throw new KeyStoreException($"pbkdf2 prf '{prf}' is not supported (only hmac-sha256)");
        var iterations = p.GetProperty("c").GetInt64();
        KeyStore.CheckPbkdf2(iterations, dkLen);
        return password => Rfc2898DeriveBytes.Pbkdf2(password, salt, (int)iterations, HashAlgorithmName.SHA256, dkLen);
    }

    private static byte[] Hex(JsonElement parent, string name) =>
        Ethereum.Hex.Decode(parent.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is not a string"), name);
}
