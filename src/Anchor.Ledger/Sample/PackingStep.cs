namespace Anchor.Ledger.Sample;

/// <summary>The finished lot is packed onto its export pallet: an AggregationEvent under the pallet's SSCC.</summary>
internal static class PackingStep
{
    public static void Append(JourneyContext ctx, DateTime atUtc)
    {
        var centre = ctx.Brand.DistributionCentre;
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.AggregationEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(atUtc),
            Action = Cbv.Action.Add,
            ParentId = ctx.PalletId,
            Quantities = [ctx.LotQuantity()],
            BizStep = Cbv.BizStep.Packing,
            Disposition = Cbv.Disposition.InProgress,
            ReadPoint = ctx.Ids.Location(centre, "30"),
            BizLocation = ctx.Ids.Location(centre),
        });
    }
}
