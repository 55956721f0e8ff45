namespace Anchor.Ethereum.Keys;

/// <summary>
/// The mnemonic that Hardhat's local node funds: public, in every tutorial, so anything sent with
/// its keys on a real chain is taken by bots within seconds. Anchor allows it on the local chain
/// only, and the worker and <see cref="Accounts.Account"/> call <see cref="EnsureAllowed(Address, ulong)"/>.
/// </summary>
public static class HardhatTestMnemonic
{
    /// <summary>The public Hardhat mnemonic.</summary>
    public const string Phrase = "test test test test test test test test test test test junk";

    /// <summary>The chain id of Hardhat's local network, the one chain these keys may sign for.</summary>
    public const ulong LocalChainId = 31337;

    /// <summary>How many accounts Hardhat's node funds (m/44'/60'/0'/0/0 to /19).</summary>
    public const int AccountCount = 20;

    private static readonly Lazy<HashSet<Address>> TestAddresses = new(() =>
        new Wallet(Phrase).GetAddresses(AccountCount).ToHashSet());

    /// <summary>True if <paramref name="mnemonic"/> is the Hardhat mnemonic.</summary>
    public static bool IsTestMnemonic(Mnemonic mnemonic) => mnemonic.ToPhrase() == Phrase;

    /// <summary>True if <paramref name="phrase"/> is the Hardhat mnemonic (ignoring case and spacing).</summary>
    public static bool IsTestMnemonic(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == Phrase;

    /// <summary>True if <paramref name="address"/> is one of the 20 accounts the Hardhat mnemonic derives.</summary>
    public static bool IsTestAccount(Address address) => TestAddresses.Value.Contains(address);

    /// <summary>Refuses a Hardhat test account on any chain but <see cref="LocalChainId"/>.</summary>
    /// <exception cref="TestKeyRefusedException"><paramref name="signer"/> is a test account and the chain is not local.</exception>
    public static void EnsureAllowed(Address signer, ulong chainId)
    {
        if (chainId != LocalChainId && IsTestAccount(signer)) throw new TestKeyRefusedException(signer, chainId);
    }

    /// <summary>Refuses the Hardhat mnemonic itself on any chain but <see cref="LocalChainId"/>.</summary>
    /// <exception cref="TestKeyRefusedException">It is the test mnemonic and the chain is not local.</exception>
    public static void EnsureAllowed(Mnemonic mnemonic, ulong chainId)
    {
        if (chainId != LocalChainId && IsTestMnemonic(mnemonic))
        {
            throw new TestKeyRefusedException(new Wallet(mnemonic).GetAddress(0), chainId);
        }
    }
}
