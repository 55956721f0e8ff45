using Anchor.Ledger.ColdChain;

namespace Anchor.Ledger.Sample;

/// <summary>
/// The timeline of one export shipment and the readings of the data logger that travels with it,
/// from cold-room staging before dispatch to receipt at the importer. The readings are split
/// between the events that report them: staging on the shipping event, the flight on the
/// transport event, the last mile on the importer's receiving event.
/// </summary>
internal sealed record ShipmentPlan(
    DateTime DispatchUtc, DateTime CustomsUtc, DateTime ArrivalUtc, DateTime ReceiptUtc,
    List<TemperatureSample> Trace, ExcursionPlan? Excursion)
{
    /// <summary>Readings up to and including dispatch.</summary>
    public IReadOnlyList<TemperatureSample> Staging => Trace.Where(s => s.Utc <= DispatchUtc).ToList();

    /// <summary>Readings after dispatch up to arrival at the destination airport.</summary>
    public IReadOnlyList<TemperatureSample> Transit => Trace.Where(s => s.Utc > DispatchUtc && s.Utc <= ArrivalUtc).ToList();

    /// <summary>Readings after arrival up to receipt at the importer.</summary>
    public IReadOnlyList<TemperatureSample> LastMile => Trace.Where(s => s.Utc > ArrivalUtc && s.Utc <= ReceiptUtc).ToList();

    /// <summary>Plans a shipment leaving the distribution centre after <paramref name="packedUtc"/>.</summary>
    public static ShipmentPlan Create(JourneyContext ctx, DateTime packedUtc, double excursionProbability, double belowShare)
    {
        var r = ctx.Random;
        var dispatch = packedUtc + r.Hours(20, 71);
        var customs = dispatch + r.Hours(4, 11);
        var arrival = customs + r.Hours(12, 29);
        var receipt = arrival + r.Hours(4, 19);
        var interval = TimeSpan.FromMinutes(ctx.Brand.Logger.IntervalMinutes);
        var stagingStart = dispatch - TimeSpan.FromMinutes(interval.TotalMinutes * r.Between(3, 6));

        var band = ctx.Product.Band;
        var trace = TemperatureTrace.Simulate(r, band, stagingStart, receipt, interval);
        ExcursionPlan? excursion = null;
        if (r.Chance(excursionProbability))
        {
            var afterDispatch = trace.Count(s => s.Utc <= dispatch);
            excursion = TemperatureTrace.PlanExcursion(r, band, trace.Count, afterDispatch, interval, belowShare);
            if (excursion is not null) TemperatureTrace.Apply(trace, excursion, band);
        }
        return new ShipmentPlan(dispatch, customs, arrival, receipt, trace, excursion);
    }

    /// <summary>True when the product's band is the refrigerated 2–8 °C one.</summary>
    public static bool IsRefrigerated(SampleProduct product) => product.Band == TemperatureBand.Default;
}
