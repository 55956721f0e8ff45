namespace Anchor.Ledger.Sample;

/// <summary>A batch as the manifest lists it: the finished lot, its raw-material lot and where its events are.</summary>
internal sealed record BatchRecord(string Gtin, string Lot, string RawMaterialGtin, string RawMaterialLot, string Market, string File, int Events);

/// <summary>What one brand's writer produced.</summary>
internal sealed class BrandOutput(SampleBrand brand)
{
    public SampleBrand Brand => brand;
    public List<BatchRecord> Batches { get; } = [];
    public long Events { get; set; }
    public int Documents { get; set; }
    public long Bytes { get; set; }
    public long FailedInspections { get; set; }
    public long DestroyedBatches { get; set; }
    public long Excursions { get; set; }
    public long ErrorDeclarations { get; set; }
}
