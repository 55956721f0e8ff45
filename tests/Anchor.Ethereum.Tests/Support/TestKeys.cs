using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Tests.Support;

/// <summary>Well-known public test keys (never used on a real chain).</summary>
internal static class TestKeys
{
    /// <summary>Hardhat account 0, funded by every Hardhat node.</summary>
    public static PrivateKey HardhatAccount(int index) =>
        new Anchor.Ethereum.Keys.Wallet(Anchor.Ethereum.Keys.HardhatTestMnemonic.Phrase).GetPrivateKey(index);

    /// <summary>The key of the EIP-155 example, 0x4646…46.</summary>
    public static PrivateKey Eip155Example => PrivateKey.Parse("0x" + string.Concat(Enumerable.Repeat("46", 32)));
}
