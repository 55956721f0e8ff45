namespace Anchor.Ledger.Sample;

/// <summary>
/// The importer receives the pallet: a receiving event with the trade documents and the logger's
/// last-mile readings (the importer reads the logger out on arrival).
/// </summary>
internal static class ImporterReceivingStep
{
    public static SampleEvent Append(JourneyContext ctx, ShipmentPlan plan, string loggerId, int unitsRecorded)
    {
        var importer = ctx.Market.Importer;
        var evt = new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = ctx.Market.Clock.Local(plan.ReceiptUtc),
            Action = Cbv.Action.Observe,
            EpcList = [ctx.PalletId],
            Quantities = [ctx.LotQuantity(unitsRecorded)],
            BizStep = Cbv.BizStep.Receiving,
            Disposition = Cbv.Disposition.InProgress,
            ReadPoint = ctx.Ids.Location(importer, "1"),
            BizLocation = ctx.Ids.Location(importer),
            BizTransactions = ShippingStep.TradeDocuments(ctx),
            Sources = [new(Cbv.SourceDestinationType.OwningParty, ctx.Ids.Party(ctx.Brand.Plant))],
            Destinations =
            [
                new(Cbv.SourceDestinationType.OwningParty, ctx.Ids.Party(importer)),
                new(Cbv.SourceDestinationType.Location, ctx.Ids.Location(importer)),
            ],
            Sensors = new SensorLog(loggerId, ctx.Brand.Logger, plan.LastMile, WithIntervalSummary: true),
        };
        ctx.Add(evt);
        return evt;
    }
}
