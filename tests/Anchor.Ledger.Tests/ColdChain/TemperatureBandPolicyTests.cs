using Anchor.Ledger.ColdChain;
using Xunit;
using static Anchor.Ledger.Tests.ColdChain.EventBuilder;

namespace Anchor.Ledger.Tests.ColdChain;

public class TemperatureBandPolicyTests
{
    private const string Vitamins = "09521001000024";   // GTIN-14 with a valid check digit
    private const string Probiotics = "09521001000017";

    [Fact]
    public void A_gtin_with_its_own_band_uses_it_and_others_use_the_default()
    {
        var policy = new TemperatureBandPolicy(TemperatureBand.Default,
            [new KeyValuePair<string, TemperatureBand>(Vitamins, new TemperatureBand(15m, 25m))]);
        var roomTemperature = Shipping("urn:uuid:1", Reading("2026-05-10T10:00:00Z", 21.5m));

        var vitamins = ColdChainAnalyzer.Summarize([roomTemperature], policy, Vitamins);
        var probiotics = ColdChainAnalyzer.Summarize([roomTemperature], policy, Probiotics);

        Assert.Equal(ColdChainVerdict.WithinRange, vitamins.Verdict);
        Assert.Equal(new TemperatureBand(15m, 25m), vitamins.Band);
        Assert.Equal(ColdChainVerdict.Excursion, probiotics.Verdict);
        Assert.Equal(TemperatureBand.Default, probiotics.Band);
    }

    [Fact]
    public void Gtins_are_compared_in_their_14_digit_form()
    {
        var policy = new TemperatureBandPolicy(TemperatureBand.Default,
            [new KeyValuePair<string, TemperatureBand>(Vitamins[1..], new TemperatureBand(15m, 25m))]);

        Assert.Equal(new TemperatureBand(15m, 25m), policy.BandFor(Vitamins));
        Assert.True(policy.BandsByGtin.ContainsKey(Vitamins));
    }

    [Theory]
    [InlineData("09521001000025")]   // wrong check digit
    [InlineData("952100100002")]     // 12 digits, wrong check digit
    [InlineData("0952100100002X")]
    [InlineData("123")]
    public void A_malformed_gtin_is_refused(string gtin)
    {
        Assert.Throws<FormatException>(() => TemperatureBandPolicy.Standard.BandFor(gtin));
        Assert.Throws<FormatException>(() => new TemperatureBandPolicy(TemperatureBand.Default,
            [new KeyValuePair<string, TemperatureBand>(gtin, TemperatureBand.Default)]));
    }

    [Fact]
    public void Two_bands_for_one_gtin_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TemperatureBandPolicy(TemperatureBand.Default,
        [
            new KeyValuePair<string, TemperatureBand>(Vitamins, new TemperatureBand(15m, 25m)),
            new KeyValuePair<string, TemperatureBand>(Vitamins[1..], new TemperatureBand(2m, 8m)),
        ]));
        Assert.Contains(Vitamins, error.Message);
    }

    [Fact]
    public void A_band_whose_minimum_exceeds_its_maximum_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemperatureBand(8m, 2m));
    }
}
