namespace Anchor.Ledger.Sample;

/// <summary>
/// The pallet leaves the distribution centre for the importer: a shipping event with the purchase
/// order, the despatch advice, owner and location on both ends, and the logger's staging readings.
/// </summary>
internal static class ShippingStep
{
    public static void Append(JourneyContext ctx, ShipmentPlan plan, string loggerId)
    {
        var centre = ctx.Brand.DistributionCentre;
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(plan.DispatchUtc),
            Action = Cbv.Action.Observe,
            EpcList = [ctx.PalletId],
            Quantities = [ctx.LotQuantity()],
            BizStep = Cbv.BizStep.Shipping,
            Disposition = Cbv.Disposition.InTransit,
            ReadPoint = ctx.Ids.Location(centre, "40"),
            BizLocation = ctx.Ids.Location(centre),
            BizTransactions = TradeDocuments(ctx),
            Sources =
            [
                new(Cbv.SourceDestinationType.OwningParty, ctx.Ids.Party(ctx.Brand.Plant)),
                new(Cbv.SourceDestinationType.Location, ctx.Ids.Location(centre)),
            ],
            Destinations =
            [
                new(Cbv.SourceDestinationType.OwningParty, ctx.Ids.Party(ctx.Market.Importer)),
                new(Cbv.SourceDestinationType.Location, ctx.Ids.Location(ctx.Market.Importer)),
            ],
            Sensors = new SensorLog(loggerId, ctx.Brand.Logger, plan.Staging, WithIntervalSummary: false),
        });
    }

    /// <summary>The importer's purchase order and the brand's despatch advice, shared by shipping and receiving.</summary>
    public static IReadOnlyList<BizTransaction> TradeDocuments(JourneyContext ctx) =>
    [
        new(Cbv.BizTransactionType.PurchaseOrder, IdentifierFormatter.BusinessTransaction(ctx.Market.Importer, ctx.Reference("PO"))),
        new(Cbv.BizTransactionType.DespatchAdvice, IdentifierFormatter.BusinessTransaction(ctx.Brand.DistributionCentre, ctx.Reference("DA"))),
    ];
}
