namespace Anchor.Ledger.Sample;

/// <summary>What a run of <see cref="SampleGenerator"/> wrote.</summary>
public sealed record SampleResult
{
    /// <summary>Brands (publishers), one folder each.</summary>
    public required int Brands { get; init; }

    /// <summary>Batches (finished lots).</summary>
    public required long Batches { get; init; }

    /// <summary>EPCIS events, including error declarations and corrective events.</summary>
    public required long Events { get; init; }

    /// <summary>EPCISDocument files.</summary>
    public required int Documents { get; init; }

    /// <summary>Bytes written, brands.json included.</summary>
    public required long Bytes { get; init; }

    /// <summary>Inspections that found a lot non-conformant.</summary>
    public required long FailedInspections { get; init; }

    /// <summary>Batches destroyed after failing QC (never shipped).</summary>
    public required long DestroyedBatches { get; init; }

    /// <summary>Shipments with a temperature excursion.</summary>
    public required long Excursions { get; init; }

    /// <summary>Error declarations (each with one corrective event).</summary>
    public required long ErrorDeclarations { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public required TimeSpan Elapsed { get; init; }
}
