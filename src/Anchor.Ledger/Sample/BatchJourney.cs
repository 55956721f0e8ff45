namespace Anchor.Ledger.Sample;

/// <summary>What happened to a batch, for the run's summary and for tests; none of it is written as data.</summary>
internal sealed record JourneyFacts(bool IncomingQcFailed, FailureOutcome? InLineQcFailure, bool Excursion, DataError Error)
{
    public bool Destroyed => InLineQcFailure == FailureOutcome.Destroyed;
}

/// <summary>
/// One batch's journey: the finished lot, the raw-material lot it was made from, and their events
/// in ledger order (the order a brand would record them in; error declarations come last).
/// </summary>
internal sealed record BatchJourney(
    SampleBrand Brand, SampleProduct Product, Market Market, string Lot, string RawLot,
    IReadOnlyList<SampleEvent> Events, JourneyFacts Facts);
