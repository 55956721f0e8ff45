namespace Anchor.Ledger.Sample;

/// <summary>The plant receives the raw-material lot from its origin site, against a purchase order.</summary>
internal static class RawMaterialReceivingStep
{
    public static void Append(JourneyContext ctx, DateTime receivedUtc)
    {
        var plant = ctx.Brand.Plant;
        var origin = ctx.Brand.OriginGln(ctx.Product.RawMaterial.Origin);
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(receivedUtc),
            Action = Cbv.Action.Observe,
            Quantities = [ctx.RawQuantity],
            BizStep = Cbv.BizStep.Receiving,
            Disposition = Cbv.Disposition.InProgress,
            ReadPoint = ctx.Ids.Location(plant, "10"),
            BizLocation = ctx.Ids.Location(plant),
            BizTransactions = [new(Cbv.BizTransactionType.PurchaseOrder, IdentifierFormatter.BusinessTransaction(plant, ctx.Reference("RMPO")))],
            Sources = [new(Cbv.SourceDestinationType.Location, ctx.Ids.Location(origin))],
            Destinations = [new(Cbv.SourceDestinationType.Location, ctx.Ids.Location(plant))],
        });
    }
}
