using System.Security.Cryptography;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Keys;

/// <summary>
/// An HD wallet in the shape Nethereum users know: <c>new Wallet(mnemonic, passphrase).GetAccount(i)</c>
/// is the account at the BIP44 path <c>m/44'/60'/0'/0/i</c>, as MetaMask, ethers and Hardhat derive it.
/// </summary>
/// <remarks>
/// Only the key at <c>m/44'/60'/0'/0</c> is kept, not the seed. <see cref="ToString"/> shows no secret.
/// </remarks>
public sealed class Wallet
{
    /// <summary>The BIP44 prefix of Ethereum accounts, <c>m/44'/60'/0'/0</c>.</summary>
    public static readonly KeyPath AccountsPath = KeyPath.Parse("m/44'/60'/0'/0");

    private readonly ExtendedKey _accounts;

    /// <summary>A wallet from mnemonic words and an optional BIP39 passphrase.</summary>
    /// <exception cref="InvalidMnemonicException">The words are not a valid mnemonic.</exception>
    public Wallet(string mnemonic, string? passphrase = null)
        : this(Mnemonic.Parse(mnemonic), passphrase)
    {
    }

    /// <summary>A wallet from a parsed mnemonic and an optional BIP39 passphrase.</summary>
    public Wallet(Mnemonic mnemonic, string? passphrase = null)
    {
        ArgumentNullException.ThrowIfNull(mnemonic);
        var seed = mnemonic.ToSeed(passphrase);
        try
        {
            _accounts = ExtendedKey.FromSeed(seed).Derive(AccountsPath);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
        IsHardhatTestMnemonic = HardhatTestMnemonic.IsTestMnemonic(mnemonic) && string.IsNullOrEmpty(passphrase);
    }

    /// <summary>True if this is the public Hardhat test mnemonic (without a passphrase): usable only on the local chain.</summary>
    public bool IsHardhatTestMnemonic { get; }

    /// <summary>The account at <c>m/44'/60'/0'/0/index</c>.</summary>
    /// <param name="index">The account index, 0 or more.</param>
    /// <param name="chainId">If set, the account signs for this chain only.</param>
    public Account GetAccount(int index, ulong? chainId = null) => new(GetPrivateKey(index), chainId);

    /// <summary>The key at <c>m/44'/60'/0'/0/index</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative.</exception>
    public PrivateKey GetPrivateKey(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _accounts.Derive((uint)index).PrivateKey;
    }

    /// <summary>The address at <c>m/44'/60'/0'/0/index</c>.</summary>
    public Address GetAddress(int index) => GetPrivateKey(index).Address;

    /// <summary>The addresses of accounts 0 to <paramref name="count"/> − 1.</summary>
    public IReadOnlyList<Address> GetAddresses(int count) => Enumerable.Range(0, count).Select(GetAddress).ToArray();

    /// <summary>Names the wallet by its first address.</summary>
    public override string ToString() => $"Wallet({AccountsPath}/*, account 0 {GetAddress(0)})";
}
