using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Keys;

/// <summary>
/// Web3 Secret Storage v3 keystores, the encrypted key files that geth, ethers, MetaMask and
/// Nethereum export: scrypt (or PBKDF2-SHA256) stretches the password, AES-128-CTR encrypts the
/// key, and keccak256 of the key's second half and the ciphertext is the MAC that tells a wrong
/// password from a right one.
/// </summary>
public static class KeyStore
{
    // A hostile keystore could ask for terabytes of scrypt memory; these bounds are well above
    // what geth, ethers and Nethereum write (n = 2^18, r = 8, p = 1).
    private const int MaxScryptN = 1 << 20;
    private const int MaxScryptR = 32;
    private const int MaxScryptP = 16;
    private const int MaxPbkdf2Iterations = 10_000_000;

    /// <summary>Decrypts a keystore with <paramref name="password"/>.</summary>
    /// <exception cref="KeyStoreException">
    /// Wrong password (<see cref="KeyStoreException.IsWrongPassword"/>), an unsupported cipher or
    /// KDF, out-of-bounds parameters, or malformed JSON; the message never contains the password.
    /// </exception>
    public static PrivateKey Decrypt(string json, string password)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(password);
        KeyStoreFile file;
        try
        {
            file = KeyStoreFile.Parse(json);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new KeyStoreException($"the keystore is malformed: {e.Message}", inner: e);
        }
        var derived = file.DeriveKey(Encoding.UTF8.GetBytes(password));
        try
        {
            var mac = Keccak256.Hash([.. derived.AsSpan(16, 16), .. file.Ciphertext]);
            if (!CryptographicOperations.FixedTimeEquals(mac, file.Mac))
            {
                throw new KeyStoreException("wrong keystore password: the keystore's MAC does not match", isWrongPassword: true);
            }
            var plain = AesCtr(derived.AsSpan(0, 16), file.Iv, file.Ciphertext);
            try
            {
                var key = PrivateKey.FromBytes(plain);
                if (file.Address is { } address && address != key.Address)
                {
                    throw new KeyStoreException($"the keystore's address field {address} is not the address of its key");
                }
                return key;
            }
            catch (InvalidKeyException e)
            {
                throw new KeyStoreException($"the keystore decrypts to an invalid key: {e.Message}", inner: e);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plain);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    /// <summary>Encrypts <paramref name="key"/> into keystore JSON with scrypt.</summary>
    /// <param name="key">The key.</param>
    /// <param name="password">The password.</param>
    /// <param name="n">scrypt's cost: geth's default 2^18; lower only for tests.</param>
    /// <param name="r">scrypt's block size.</param>
    /// <param name="p">scrypt's parallelism.</param>
    public static string Encrypt(PrivateKey key, string password, int n = 1 << 18, int r = 8, int p = 1)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        CheckScrypt(n, r, p, 32);
        var salt = RandomNumberGenerator.GetBytes(32);
        var iv = RandomNumberGenerator.GetBytes(16);
        var derived = Scrypt.DeriveKey(Encoding.UTF8.GetBytes(password), salt, n, r, p, 32);
        var plain = key.ExportBytes();
        try
        {
            var ciphertext = AesCtr(derived.AsSpan(0, 16), iv, plain);
            var mac = Keccak256.Hash([.. derived.AsSpan(16, 16), .. ciphertext]);
            var json = new JsonObject
            {
                ["address"] = Convert.ToHexStringLower(key.Address.Bytes),
                ["crypto"] = new JsonObject
                {
                    ["cipher"] = "aes-128-ctr",
                    ["cipherparams"] = new JsonObject { ["iv"] = Convert.ToHexStringLower(iv) },
                    ["ciphertext"] = Convert.ToHexStringLower(ciphertext),
                    ["kdf"] = "scrypt",
                    ["kdfparams"] = new JsonObject
                    {
                        ["dklen"] = 32, ["n"] = n, ["p"] = p, ["r"] = r, ["salt"] = Convert.ToHexStringLower(salt),
                    },
                    ["mac"] = Convert.ToHexStringLower(mac),
                },
                ["id"] = Guid.NewGuid().ToString(),
                ["version"] = 3,
            };
            return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    internal static void CheckScrypt(long n, long r, long p, long dkLen)
    {
        if (n < 2 || n > MaxScryptN || (n & (n - 1)) != 0) throw new KeyStoreException($"scrypt n = {n} is not a power of two in [2, 2^20]");
        if (r is < 1 or > MaxScryptR) throw new KeyStoreException($"scrypt r = {r} is outside [1, {MaxScryptR}]");
        if (p is < 1 or > MaxScryptP) throw new KeyStoreException($"scrypt p = {p} is outside [1, {MaxScryptP}]");
        if (dkLen is < 32 or > 64) throw new KeyStoreException($"dklen = {dkLen} is outside [32, 64]");
    }

    internal static void CheckPbkdf2(long iterations, long dkLen)
    {
        if (iterations is < 1 or > MaxPbkdf2Iterations) throw new KeyStoreException($"pbkdf2 c = {iterations} is outside [1, {MaxPbkdf2Iterations}]");
        if (dkLen is < 32 or > 64) throw new KeyStoreException($"dklen = {dkLen} is outside [32, 64]");
    }

    /// <summary>AES-128 in counter mode (the IV is the initial 128-bit big-endian counter).</summary>
    internal static byte[] AesCtr(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        var counter = iv.ToArray();
        var output = new byte[input.Length];
        var keystream = new byte[16];
        for (var offset = 0; offset < input.Length; offset += 16)
        {
            aes.EncryptEcb(counter, keystream, PaddingMode.None);
            for (var i = 0; i < 16 && offset + i < input.Length; i++) output[offset + i] = (byte)(input[offset + i] ^ keystream[i]);
            for (var i = 15; i >= 0 && ++counter[i] == 0; i--)
            {
                // carry into the next byte
            }
        }
        CryptographicOperations.ZeroMemory(keystream);
        return output;
    }
}
