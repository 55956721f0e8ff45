namespace Anchor.Ledger.Sample;

/// <summary>Clocks of the brands' own sites: every alliance plant and distribution centre is in China (+08:00).</summary>
internal static class SiteClocks
{
    public static UtcOffsetRule China { get; } = UtcOffsetRule.Fixed(8);
}
