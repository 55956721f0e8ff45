using Anchor.Ledger.ColdChain;
using Xunit;
using static Anchor.Ledger.Tests.ColdChain.EventBuilder;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>Readings of an event retracted by an EPCIS error declaration do not count; its corrective event's do.</summary>
public class ErrorDeclarationTests
{
    private static readonly System.Text.Json.JsonElement Wrong = Shipping("urn:uuid:original",
        Reading("2026-05-10T10:00:00Z", 40.5m),   // a Fahrenheit logger mislabelled as CEL
        Reading("2026-05-10T10:30:00Z", 41.0m));

    private static readonly System.Text.Json.JsonElement Corrective = Shipping("urn:uuid:corrective",
        Reading("2026-05-10T10:00:00Z", 4.7m),
        Reading("2026-05-10T10:30:00Z", 5.0m));

    [Fact]
    public void The_retracted_event_and_the_declaration_contribute_nothing_and_the_corrective_event_counts()
    {
        var entries = new[] { Wrong, Declaring(Wrong, "urn:uuid:corrective"), Corrective };

        var summary = ColdChainAnalyzer.Summarize(entries, TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.WithinRange, summary.Verdict);
        Assert.Equal(2, summary.Readings);
        Assert.Equal(4.7m, summary.MinCelsius);
        Assert.Equal(5.0m, summary.MaxCelsius);
        Assert.Equal(1, summary.RetractedEvents);
    }

    [Fact]
    public void Without_the_declaration_the_wrong_readings_count()
    {
        var summary = ColdChainAnalyzer.Summarize([Wrong, Corrective], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.Excursion, summary.Verdict);
        Assert.Equal(41.0m, summary.MaxCelsius);
        Assert.Equal(0, summary.RetractedEvents);
    }

    [Fact]
    public void A_declaration_alone_retracts_nothing_else_and_adds_no_readings()
    {
        var summary = ColdChainAnalyzer.Summarize([Declaring(Wrong, "urn:uuid:corrective")], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.NoData, summary.Verdict);
        Assert.Equal(0, summary.Readings);
    }

    [Fact]
    public void Retraction_does_not_depend_on_the_order_of_the_entries()
    {
        var summary = ColdChainAnalyzer.Summarize([Corrective, Declaring(Wrong, "urn:uuid:corrective"), Wrong], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.WithinRange, summary.Verdict);
        Assert.Equal(1, summary.RetractedEvents);
    }
}
