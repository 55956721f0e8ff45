using Anchor.Ethereum.Keys;
using Xunit;

namespace Anchor.Ethereum.Tests.Keys;

public class HardhatTestMnemonicTests
{
    [Fact]
    public void Recognises_the_phrase_and_its_twenty_accounts()
    {
        Assert.True(HardhatTestMnemonic.IsTestMnemonic("test test test test test test test test test test test junk"));
        Assert.True(HardhatTestMnemonic.IsTestAccount(Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")));
        Assert.True(HardhatTestMnemonic.IsTestAccount(new Wallet(HardhatTestMnemonic.Phrase).GetAddress(19)));
        Assert.False(HardhatTestMnemonic.IsTestAccount(new Wallet(Mnemonic.Generate()).GetAddress(0)));
    }

    [Fact]
    public void Allows_the_local_chain()
    {
        var account0 = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        var byAddress = Record.Exception(() => HardhatTestMnemonic.EnsureAllowed(account0, 31337));
        var byMnemonic = Record.Exception(() => HardhatTestMnemonic.EnsureAllowed(Mnemonic.Parse(HardhatTestMnemonic.Phrase), 31337));

        Assert.Null(byAddress);
        Assert.Null(byMnemonic);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(11155111UL)]
    [InlineData(137UL)]
    public void Refuses_every_other_chain_with_a_clear_message(ulong chainId)
    {
        var account0 = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        var byAddress = Assert.Throws<TestKeyRefusedException>(() => HardhatTestMnemonic.EnsureAllowed(account0, chainId));
        var byMnemonic = Assert.Throws<TestKeyRefusedException>(() => HardhatTestMnemonic.EnsureAllowed(Mnemonic.Parse(HardhatTestMnemonic.Phrase), chainId));

        Assert.Equal(chainId, byAddress.ChainId);
        Assert.Contains($"refusing to sign for chain {chainId}", byAddress.Message);
        Assert.Contains("local chain 31337", byMnemonic.Message);
    }

    [Fact]
    public void Other_keys_are_allowed_anywhere()
    {
        var address = new Wallet(Mnemonic.Generate()).GetAddress(0);

        var error = Record.Exception(() => HardhatTestMnemonic.EnsureAllowed(address, 1));

        Assert.Null(error);
    }
}
