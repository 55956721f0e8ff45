namespace Anchor.Ledger.Sample;

/// <summary>
/// Arrival at the destination airport: a <c>transporting</c> event carrying the logger's readings
/// of the flight, with the logger's min/max summary of that interval.
/// </summary>
internal static class TransitStep
{
    public static SampleEvent Append(JourneyContext ctx, ShipmentPlan plan, string loggerId, LoggerRecording recording)
    {
        var evt = new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = ctx.Market.Clock.Local(plan.ArrivalUtc),
            Action = Cbv.Action.Observe,
            EpcList = [ctx.PalletId],
            Quantities = [ctx.LotQuantity()],
            BizStep = Cbv.BizStep.Transporting,
            Disposition = Cbv.Disposition.InTransit,
            ReadPoint = ctx.Ids.Location(ctx.Market.ArrivalTerminal),
            Sensors = new SensorLog(loggerId, ctx.Brand.Logger, plan.Transit, WithIntervalSummary: true, recording),
        };
        ctx.Add(evt);
        return evt;
    }
}
