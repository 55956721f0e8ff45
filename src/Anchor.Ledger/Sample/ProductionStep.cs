using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// The raw-material lot becomes the finished lot: a TransformationEvent whose input is the raw
/// lot and whose output is the finished lot, so the finished batch is traceable to its origin.
/// Ingest files the event under its output, the finished batch.
/// </summary>
internal static class ProductionStep
{
    public static DateTime Append(JourneyContext ctx, DateTime startUtc)
    {
        var doneUtc = startUtc + ctx.Random.Hours(4, 9);
        var local = SiteClocks.China.Local(doneUtc);
        var device = ctx.Product.Kind.IsDevice();
        var ilmd = new List<ExtensionField> { new("cbvmda:countryOfOrigin", "CN") };
        if (!device)
        {
            var shelfLifeMonths = ctx.Product.Kind == ProductKind.Probiotic ? 18 : 24;
            ilmd.Add(new("cbvmda:itemExpirationDate",
                DateOnly.FromDateTime(local.DateTime).AddMonths(shelfLifeMonths).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        ilmd.Add(new(SampleVocabulary.Term("productionLine"), device ? "assembly-2" : "line-" + ctx.Random.Between(1, 4).ToString(CultureInfo.InvariantCulture)));

        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.TransformationEvent,
            EventId = ctx.NextEventId(),
            EventTime = local,
            Inputs = [ctx.RawQuantity],
            Outputs = [ctx.LotQuantity()],
            BizStep = device ? Cbv.BizStep.Assembling : Cbv.BizStep.CreatingClassInstance,
            Disposition = Cbv.Disposition.Active,
            ReadPoint = ctx.Ids.Location(ctx.Brand.Plant, "20"),
            BizLocation = ctx.Ids.Location(ctx.Brand.Plant),
            BizTransactions = [new(Cbv.BizTransactionType.ProductionOrder,
                IdentifierFormatter.BusinessTransaction(ctx.Brand.Plant, ctx.Reference("MO")))],
            Ilmd = ilmd,
        });
        return doneUtc;
    }
}
