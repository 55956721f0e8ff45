namespace Anchor.Ledger.Sample;

/// <summary>How a raw material comes into being: the first event of every batch journey.</summary>
internal enum OriginKind
{
    /// <summary>A crop or wild harvest: harvest dates, a soil test and an organic certificate.</summary>
    Harvest,

    /// <summary>A culture grown in a fermenter or pond (probiotics, algae): strain, dates, halal certificate.</summary>
    Cultivation,

    /// <summary>A device component from a supplier: origin and an ISO 13485 certificate.</summary>
    ComponentSourcing,
}

/// <summary>
/// Where raw materials come from: a farm, a culture plant or a component supplier. Its GLN is
/// issued under the brand's prefix (a contract site), at <see cref="LocationReference"/>.
/// </summary>
internal sealed record OriginSite(string Name, string CountryCode, OriginKind Kind, UtcOffsetRule Clock, int LocationReference);
