using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// The first event of a journey: the raw-material lot comes into being at its origin, with
/// instance/lot master data (ILMD) that records where and when, and a certificate. Harvests carry
/// harvest dates, a soil test and an organic certificate; cultivations the organism and a halal
/// certificate; device components an ISO 13485 certificate.
/// </summary>
internal static class OriginStep
{
    /// <summary>Adds the origin event of a raw-material lot received at <paramref name="receivedUtc"/>; returns its date.</summary>
    public static DateOnly Append(JourneyContext ctx, DateTime receivedUtc)
    {
        var site = ctx.Product.RawMaterial.Origin;
        var r = ctx.Random;
        var (eventUtc, ilmd, certificate) = site.Kind switch
        {
            OriginKind.Harvest => Harvest(ctx, receivedUtc - TimeSpan.FromDays(r.Between(7, 120))),
            OriginKind.Cultivation => Cultivation(ctx, receivedUtc - TimeSpan.FromDays(r.Between(3, 20))),
            _ => Component(ctx, receivedUtc - TimeSpan.FromDays(r.Between(5, 30))),
        };
        var location = ctx.Ids.Location(ctx.Brand.OriginGln(site));
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = site.Clock.Local(eventUtc),
            CertificationInfo = certificate,
            Action = Cbv.Action.Add,
            Quantities = [ctx.RawQuantity],
            BizStep = Cbv.BizStep.Commissioning,
            Disposition = Cbv.Disposition.Active,
            ReadPoint = location,
            BizLocation = location,
            Ilmd = ilmd,
        });
        return DateOnly.FromDateTime(site.Clock.Local(eventUtc).DateTime);
    }

    private static (DateTime, List<ExtensionField>, string) Harvest(JourneyContext ctx, DateTime aroundUtc)
    {
        var site = ctx.Product.RawMaterial.Origin;
        var r = ctx.Random;
        var end = DateOnly.FromDateTime(site.Clock.Local(aroundUtc).DateTime);
        var start = end.AddDays(-r.Between(0, 5));
        var sampled = start.AddDays(-r.Between(20, 150));
        var standard = r.Pick(OrganicStandards);
        var certificate = Certificate(ctx, "organic", "ORG", end.Year);
        var ilmd = new List<ExtensionField>
        {
            new("cbvmda:countryOfOrigin", site.CountryCode),
            new("cbvmda:harvestStartDate", Date(start)),
            new("cbvmda:harvestEndDate", Date(end)),
            new(SampleVocabulary.Term("origin"), ctx.Product.RawMaterial.Detail),
            new(SampleVocabulary.Term("farmName"), site.Name),
            new(SampleVocabulary.Term("soilTest"), new List<ExtensionField>
            {
                new(SampleVocabulary.Term("sampledOn"), Date(sampled)),
                new(SampleVocabulary.Term("laboratory"), "Anchor Demo Agri-Lab"),
                new(SampleVocabulary.Term("reportNumber"), ctx.Reference("SOIL")),
                new(SampleVocabulary.Term("pH"), r.Decimal(5.4m, 7.6m, 1)),
                new(SampleVocabulary.Term("organicMatterPercent"), r.Decimal(1.2m, 6.5m, 1)),
                new(SampleVocabulary.Term("leadMgPerKg"), r.Decimal(4m, 38m, 1)),
                new(SampleVocabulary.Term("cadmiumMgPerKg"), r.Decimal(0.05m, 0.28m, 2)),
                new(SampleVocabulary.Term("arsenicMgPerKg"), r.Decimal(1m, 14m, 1)),
                new(SampleVocabulary.Term("result"), "pass"),
            }),
            new(SampleVocabulary.Term("organicCertification"), CertificateFields(standard, certificate, end.Year + 1)),
        };
        var eventUtc = site.Clock.UtcOf(end, TimeSpan.FromHours(17) + r.Minutes(0, 150));
        return (eventUtc, ilmd, certificate);
    }

    private static (DateTime, List<ExtensionField>, string) Cultivation(JourneyContext ctx, DateTime endUtc)
    {
        var site = ctx.Product.RawMaterial.Origin;
        var r = ctx.Random;
        var startUtc = endUtc - r.Hours(18, 72);
        var certificate = Certificate(ctx, "halal", "HAL", endUtc.Year);
        var ilmd = new List<ExtensionField>
        {
            new("cbvmda:countryOfOrigin", site.CountryCode),
            new(SampleVocabulary.Term("cultivation"), new List<ExtensionField>
            {
                new(SampleVocabulary.Term("organism"), ctx.Product.RawMaterial.Detail),
                new(SampleVocabulary.Term("site"), site.Name),
                new(SampleVocabulary.Term("startedAt"), Instant(site, startUtc)),
                new(SampleVocabulary.Term("harvestedAt"), Instant(site, endUtc)),
                new(SampleVocabulary.Term("medium"), r.Pick(CultureMedia)),
            }),
            new(SampleVocabulary.Term("halalCertification"), CertificateFields("GSO 2055-1", certificate, endUtc.Year + 1)),
        };
        return (endUtc, ilmd, certificate);
    }

    private static (DateTime, List<ExtensionField>, string) Component(JourneyContext ctx, DateTime aroundUtc)
    {
        var site = ctx.Product.RawMaterial.Origin;
        var day = DateOnly.FromDateTime(site.Clock.Local(aroundUtc).DateTime);
        var certificate = Certificate(ctx, "iso13485", "MD", day.Year);
        var ilmd = new List<ExtensionField>
        {
            new("cbvmda:countryOfOrigin", site.CountryCode),
            new(SampleVocabulary.Term("component"), new List<ExtensionField>
            {
                new(SampleVocabulary.Term("description"), ctx.Product.RawMaterial.Detail),
                new(SampleVocabulary.Term("supplierSite"), site.Name),
                new(SampleVocabulary.Term("rohsCompliant"), true),
            }),
            new(SampleVocabulary.Term("qualityCertification"), CertificateFields("ISO 13485:2016", certificate, day.Year + 2)),
        };
        return (site.Clock.UtcOf(day, TimeSpan.FromHours(10) + ctx.Random.Minutes(0, 360)), ilmd, certificate);
    }

    private static readonly string[] OrganicStandards = ["EU 2018/848", "USDA NOP", "GB/T 19630"];
    private static readonly string[] CultureMedia = ["plant-based, dairy-free", "skim-milk based", "glucose-yeast extract"];

    // One certificate per origin site and year, as a real certifier would issue it.
    private static string Certificate(JourneyContext ctx, string scheme, string code, int year) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{SampleVocabulary.CertificatesRoot}{scheme}/{ctx.Product.RawMaterial.Origin.CountryCode}-{code}-{year}-{ctx.Brand.Index:D2}{ctx.Product.RawMaterial.Origin.LocationReference:D3}");

    private static List<ExtensionField> CertificateFields(string standard, string url, int validUntilYear) =>
    [
        new(SampleVocabulary.Term("standard"), standard),
        new(SampleVocabulary.Term("certificateNumber"), url[(url.LastIndexOf('/') + 1)..]),
        new(SampleVocabulary.Term("certificationBody"), "Anchor Demo Certification Services"),
        new(SampleVocabulary.Term("validUntil"), string.Create(CultureInfo.InvariantCulture, $"{validUntilYear}-12-31")),
    ];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(OriginSite site, DateTime utc) =>
        site.Clock.Local(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
