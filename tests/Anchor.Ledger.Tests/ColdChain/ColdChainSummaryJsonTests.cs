using System.Text.Json;
using Anchor.Ledger.ColdChain;
using Xunit;
using static Anchor.Ledger.Tests.ColdChain.EventBuilder;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>The summary is embedded in evidence bundles, so its JSON form is part of the contract.</summary>
public class ColdChainSummaryJsonTests
{
    [Fact]
    public void The_summary_serialises_to_plain_json_and_back()
    {
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00+08:00", 5.0m),
            Reading("2026-05-10T10:15:00+08:00", 9.25m),
            Reading("2026-05-10T11:45:00+08:00", 6.0m));
        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        var json = JsonSerializer.Serialize(summary);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("Excursion", root.GetProperty("Verdict").GetString());
        Assert.Equal("PT1H30M", root.GetProperty("TimeOutside").GetString());
        Assert.Equal(2, root.GetProperty("Band").GetProperty("MinCelsius").GetDecimal());
        Assert.Equal(9.25m, root.GetProperty("MaxCelsius").GetDecimal());
        var excursion = root.GetProperty("Excursions")[0];
        Assert.Equal("Above", excursion.GetProperty("Direction").GetString());
        Assert.Equal("2026-05-10T10:15:00+08:00", excursion.GetProperty("Start").GetString());
        Assert.Equal("PT1H30M", excursion.GetProperty("Duration").GetString());
        Assert.Equal("Readings", excursion.GetProperty("Evidence").GetString());

        var back = JsonSerializer.Deserialize<ColdChainSummary>(json)!;
        Assert.Equal(summary.TimeOutside, back.TimeOutside);
        Assert.Equal(summary.Band, back.Band);
        Assert.Equal(summary.Excursions.Single(), back.Excursions.Single());
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }
}
