namespace Anchor.Ledger.Sample;

/// <summary>
/// Export clearance at the airport of departure. CBV 2.0 has no customs business step; the event
/// is an <c>inspecting</c> step whose bizLocation is the customs office, with disposition
/// <c>in_transit</c> because clearance does not change the goods' state (they are between shipping
/// and receiving). <c>conformant</c> is left to product QC, so that a query for QC outcomes is
/// not polluted by customs. The export health certificate is a <c>cert</c> business transaction;
/// the declaration and its status are extension fields.
/// </summary>
internal static class ExportCustomsStep
{
    public static void Append(JourneyContext ctx, ShipmentPlan plan)
    {
        var port = ctx.Brand.Port;
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = ExportPort.Clock.Local(plan.CustomsUtc),
            Action = Cbv.Action.Observe,
            EpcList = [ctx.PalletId],
            Quantities = [ctx.LotQuantity()],
            BizStep = Cbv.BizStep.Inspecting,
            Disposition = Cbv.Disposition.InTransit,
            ReadPoint = ctx.Ids.Location(port.CargoTerminal),
            BizLocation = ctx.Ids.Location(port.CustomsOffice),
            BizTransactions = [new(Cbv.BizTransactionType.Certificate,
                IdentifierFormatter.BusinessTransaction(port.CustomsOffice, ctx.Reference("EHC")))],
            Extensions =
            [
                new(SampleVocabulary.Term("customs"), new List<ExtensionField>
                {
                    new(SampleVocabulary.Term("procedure"), "export"),
                    new(SampleVocabulary.Term("declarationNumber"), ctx.Reference("CD")),
                    new(SampleVocabulary.Term("status"), "released"),
                    new(SampleVocabulary.Term("airport"), port.Code),
                    new(SampleVocabulary.Term("destinationCountry"), ctx.Market.CountryCode),
                }),
            ],
        });
    }
}
