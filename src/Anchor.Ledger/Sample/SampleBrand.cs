namespace Anchor.Ledger.Sample;

/// <summary>How a brand's data loggers report: the measurement type string, unit, layout and interval.</summary>
internal sealed record LoggerSettings(string MeasurementType, string Uom, SensorLayout Layout, int IntervalMinutes);

/// <summary>How temperature reports are laid out in a <c>sensorElementList</c>; GS1's examples use both.</summary>
internal enum SensorLayout
{
    /// <summary>One sensor element whose reports each carry their own <c>time</c> (GS1 SensorDataExample5).</summary>
    TimePerReport,

    /// <summary>One sensor element per reading, timed by <c>sensorMetadata.time</c> (GS1 SensorDataExample1).</summary>
    TimePerElement,
}

/// <summary>
/// One alliance member: a publisher with its own ledger and its own folder of documents. Its
/// sites have GLNs under its company prefix: the plant (1), the distribution centre (2) and the
/// QC laboratory (3); contract origin sites use their own location references.
/// </summary>
internal sealed record SampleBrand(
    int Index,
    string Slug,
    string Name,
    string CompanyPrefix,
    IdentifierForm Form,
    LoggerSettings Logger,
    ExportPort Port,
    IReadOnlyList<Market> Markets,
    IReadOnlyList<SampleProduct> Products)
{
    /// <summary>The production plant.</summary>
    public Gs1Key Plant => Gs1Key.Gln(CompanyPrefix, 1);

    /// <summary>The distribution centre that packs and dispatches export shipments.</summary>
    public Gs1Key DistributionCentre => Gs1Key.Gln(CompanyPrefix, 2);

    /// <summary>The QC laboratory.</summary>
    public Gs1Key QualityLab => Gs1Key.Gln(CompanyPrefix, 3);

    /// <summary>The GLN of an origin site, issued under this brand's prefix.</summary>
    public Gs1Key OriginGln(OriginSite site) => Gs1Key.Gln(CompanyPrefix, site.LocationReference);
}
