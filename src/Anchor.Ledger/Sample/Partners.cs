namespace Anchor.Ledger.Sample;

/// <summary>
/// The parties every brand ships through: importers in the four export destinations, and the
/// airports (with their customs offices) goods leave China from. Their GLNs share one invented
/// partner prefix; every prefix in the sample starts with 952, which GS1 keeps for examples and
/// demonstrations, so no sample identifier can collide with a real company's.
/// </summary>
internal static class Partners
{
    private const string Prefix = "9529000";

    public static readonly Market NetherlandsImporter = new("EU-NL", "NL", "Lowlands Health Imports (Venlo)",
        Gs1Key.Gln(Prefix, 10001), Gs1Key.Gln(Prefix, 20001), UtcOffsetRule.EuropeanUnion(1));
    public static readonly Market GermanyImporter = new("EU-DE", "DE", "Rhein-Main Nutrition Trading (Frankfurt)",
        Gs1Key.Gln(Prefix, 10002), Gs1Key.Gln(Prefix, 20002), UtcOffsetRule.EuropeanUnion(1));
    public static readonly Market NewJerseyImporter = new("US-NJ", "US", "Garden State Supplement Distributors (Newark)",
        Gs1Key.Gln(Prefix, 10003), Gs1Key.Gln(Prefix, 20003), UtcOffsetRule.UnitedStates(-5));
    public static readonly Market CaliforniaImporter = new("US-CA", "US", "Pacific Wellness Imports (Los Angeles)",
        Gs1Key.Gln(Prefix, 10004), Gs1Key.Gln(Prefix, 20004), UtcOffsetRule.UnitedStates(-8));
    public static readonly Market SingaporeImporter = new("SG", "SG", "Straits Health Supplies (Singapore)",
        Gs1Key.Gln(Prefix, 10005), Gs1Key.Gln(Prefix, 20005), UtcOffsetRule.Fixed(8));
    public static readonly Market UaeImporter = new("AE", "AE", "Gulf Halal Health Trading (Dubai)",
        Gs1Key.Gln(Prefix, 10006), Gs1Key.Gln(Prefix, 20006), UtcOffsetRule.Fixed(4));

    public static readonly ExportPort Guangzhou = Port("CAN", 1);
    public static readonly ExportPort Shanghai = Port("PVG", 2);
    public static readonly ExportPort Harbin = Port("HRB", 3);
    public static readonly ExportPort Shenzhen = Port("SZX", 4);
    public static readonly ExportPort Hangzhou = Port("HGH", 5);
    public static readonly ExportPort Qingdao = Port("TAO", 6);
    public static readonly ExportPort Xiamen = Port("XMN", 7);

    private static ExportPort Port(string code, int n) =>
        new(code, Gs1Key.Gln(Prefix, 30000 + n), Gs1Key.Gln(Prefix, 40000 + n));
}
