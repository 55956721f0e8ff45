using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Plans one batch from origin to importer. The raw-material lot: origin (harvest, cultivation or
/// component sourcing), receiving at the plant, incoming QC. The finished lot: production (a
/// TransformationEvent from the raw lot), in-line QC, packing, shipping, export customs,
/// arrival, receiving by the importer; now and then an error declaration and its correction.
/// Production dates spread a brand's batches evenly from 4 May 2026 over 210 days.
/// </summary>
internal sealed class BatchJourneyPlanner(SampleEventIds eventIds)
{
    private static readonly DateOnly WindowStart = new(2026, 5, 4);
    private const int WindowDays = 210;

    /// <summary>Plans batch <paramref name="batchIndex"/> of the <paramref name="batchCount"/> batches of <paramref name="brand"/>.</summary>
    public BatchJourney Plan(SampleBrand brand, long batchIndex, long batchCount, ScenarioRandom r)
    {
        var product = brand.Products[(int)(batchIndex % brand.Products.Count)];
        var market = r.Pick(brand.Markets);
        var china = SiteClocks.China;
        var productionDay = WindowStart.AddDays((int)(batchIndex * WindowDays / batchCount));
        var productionStart = china.UtcOf(productionDay, TimeSpan.FromHours(7) + r.Minutes(0, 539));
        var receivedDay = productionDay.AddDays(-r.Between(5, 12));
        var received = china.UtcOf(receivedDay, TimeSpan.FromHours(9) + r.Minutes(0, 420));

        var lot = "L" + Stamp(productionDay) + Serial(batchIndex);
        var rawLot = "R" + Stamp(receivedDay) + Serial(batchIndex);
        var rawLotId = new IdentifierFormatter(brand.Form).ProductLot(product.RawMaterial.Gtin, rawLot);
        var device = product.Kind.IsDevice();
        var units = device ? r.Between(3, 25) * 100 : r.Between(40, 400) * 100;
        var ctx = new JourneyContext(brand, product, market, batchIndex, lot, rawLot, r, eventIds)
        {
            // Devices are made from counted components (a few spares), supplements from kilograms.
            RawQuantity = device
                ? new QuantityElement(rawLotId, (int)Math.Ceiling(units * 1.02))
                : new QuantityElement(rawLotId, r.Decimal(120m, 1500m, 1), "KGM"),
            Units = units,
        };

        var incomingFails = r.Chance(ScenarioRates.IncomingQcFailure);
        FailureOutcome? inLineFailure = r.Chance(ScenarioRates.InLineQcFailure)
            ? r.Chance(ScenarioRates.DestroyedShareOfInLineFailures) ? FailureOutcome.Destroyed : FailureOutcome.PassedOnReinspection
            : null;

        OriginStep.Append(ctx, received);
        RawMaterialReceivingStep.Append(ctx, received);
        InspectionStep.Incoming(ctx, received + r.Hours(3, 29), incomingFails);
        var produced = ProductionStep.Append(ctx, productionStart);
        var released = InspectionStep.InLine(ctx, produced + r.Hours(1, 5), inLineFailure);
        if (released is not { } releasedAt)
        {
            return Journey(ctx, new JourneyFacts(incomingFails, inLineFailure, false, DataError.None));
        }

        var packed = releasedAt + r.Hours(2, 19);
        PackingStep.Append(ctx, packed);
        var plan = ShipmentPlan.Create(ctx, packed,
            ShipmentPlan.IsRefrigerated(product) ? ScenarioRates.RefrigeratedExcursion : ScenarioRates.OtherExcursion,
            ScenarioRates.BelowShareOfExcursions);
        var logger = ctx.Ids.Asset(brand.CompanyPrefix, "TL" + (batchIndex % 400).ToString("D4", CultureInfo.InvariantCulture));
        var error = r.Chance(ScenarioRates.ErrorDeclaration)
            ? r.Chance(0.5) ? DataError.LoggerUnit : DataError.ReceivedQuantity
            : DataError.None;

        ShippingStep.Append(ctx, plan, logger);
        ExportCustomsStep.Append(ctx, plan);
        var transit = TransitStep.Append(ctx, plan, logger,
            error == DataError.LoggerUnit ? LoggerRecording.FahrenheitLabelledCelsius : LoggerRecording.Correct);
        var receiving = ImporterReceivingStep.Append(ctx, plan, logger, error == DataError.ReceivedQuantity ? units * 10 : units);

        if (error != DataError.None)
        {
            var declared = plan.ReceiptUtc + TimeSpan.FromDays(r.Between(1, 10)) + r.Minutes(0, 600);
            if (error == DataError.LoggerUnit)
            {
                ErrorDeclarationStep.Append(ctx, transit, transit with { Sensors = transit.Sensors! with { Recording = LoggerRecording.Correct } }, declared);
            }
            else
            {
                ErrorDeclarationStep.Append(ctx, receiving, receiving with { Quantities = [ctx.LotQuantity()] }, declared);
            }
        }
        return Journey(ctx, new JourneyFacts(incomingFails, inLineFailure, plan.Excursion is not null, error));
    }

    private static BatchJourney Journey(JourneyContext ctx, JourneyFacts facts) =>
        new(ctx.Brand, ctx.Product, ctx.Market, ctx.Lot, ctx.RawLot, ctx.Events, facts);

    private static string Stamp(DateOnly day) => day.ToString("yyMMdd", CultureInfo.InvariantCulture);

    private static string Serial(long batchIndex) => batchIndex.ToString("D6", CultureInfo.InvariantCulture);
}
