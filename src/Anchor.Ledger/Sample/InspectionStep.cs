namespace Anchor.Ledger.Sample;

/// <summary>How a failed inspection ends.</summary>
internal enum FailureOutcome
{
    /// <summary>Quarantined, reworked or re-sampled, then re-inspected and passed.</summary>
    PassedOnReinspection,

    /// <summary>Quarantined, then destroyed: the journey ends there.</summary>
    Destroyed,
}

/// <summary>
/// QC inspections: the incoming test of the raw-material lot in the laboratory, and the
/// AI-assisted in-line inspection (or automated functional test, for devices) of the finished lot.
/// A failed inspection is recorded as <c>non_conformant</c>, followed by a quarantine
/// (<c>holding</c>, <c>non_sellable_other</c>) and either a passing re-inspection or destruction.
/// </summary>
internal static class InspectionStep
{
    /// <summary>Inspects the raw-material lot at <paramref name="atUtc"/>; returns when it was released.</summary>
    public static DateTime Incoming(JourneyContext ctx, DateTime atUtc, bool fails)
    {
        var method = ctx.Product.Kind switch
        {
            ProductKind.Probiotic => "viable-count-plating",
            ProductKind.BotanicalExtract => "pesticide-residue-gc-ms",
            ProductKind.Vitamin => "heavy-metals-icp-ms",
            _ => "incoming-electrical-test",
        };
        var finding = fails ? ctx.Random.Pick(IncomingFindings(ctx.Product.Kind)) : null;
        Inspect(ctx, atUtc, ctx.RawQuantity, "incoming", method, finding, ctx.Brand.QualityLab, "1");
        if (!fails) return atUtc;
        var held = Hold(ctx, atUtc + ctx.Random.Minutes(30, 90), ctx.RawQuantity, finding!);
        var retest = held + TimeSpan.FromDays(ctx.Random.Between(1, 3));
        Inspect(ctx, retest, ctx.RawQuantity, "re-inspection", method, null, ctx.Brand.QualityLab, "1");
        return retest;
    }

    /// <summary>
    /// Inspects the finished lot on the line at <paramref name="atUtc"/>; returns when it was
    /// released, or null when it was destroyed.
    /// </summary>
    public static DateTime? InLine(JourneyContext ctx, DateTime atUtc, FailureOutcome? failure)
    {
        var method = ctx.Product.Kind.IsDevice() ? "automated-functional-test" : "ai-vision-line-inspection";
        var finding = failure is null ? null : ctx.Random.Pick(LineFindings(ctx.Product.Kind));
        Inspect(ctx, atUtc, ctx.LotQuantity(), "in-line", method, finding, ctx.Brand.Plant, "21");
        if (failure is null) return atUtc;
        var held = Hold(ctx, atUtc + ctx.Random.Minutes(30, 90), ctx.LotQuantity(), finding!);
        if (failure == FailureOutcome.PassedOnReinspection)
        {
            var retest = held + TimeSpan.FromDays(ctx.Random.Between(1, 2));
            Inspect(ctx, retest, ctx.LotQuantity(), "re-inspection", method, null, ctx.Brand.Plant, "21");
            return retest;
        }
        Destroy(ctx, held + TimeSpan.FromDays(ctx.Random.Between(2, 4)));
        return null;
    }

    private static void Inspect(
        JourneyContext ctx, DateTime atUtc, QuantityElement what, string stage, string method, string? finding,
        Gs1Key where, string point)
    {
        var fields = new List<ExtensionField>
        {
            new(SampleVocabulary.Term("stage"), stage),
            new(SampleVocabulary.Term("method"), method),
            new(SampleVocabulary.Term("result"), finding is null ? "pass" : "fail"),
        };
        if (finding is not null) fields.Add(new(SampleVocabulary.Term("finding"), finding));
        if (method == "ai-vision-line-inspection")
        {
            fields.Add(new(SampleVocabulary.Term("aiModel"), "linevision-3.2"));
            fields.Add(new(SampleVocabulary.Term("unitsInspected"), ctx.Random.Between(800, 2400)));
            fields.Add(new(SampleVocabulary.Term("aiConfidence"), ctx.Random.Decimal(0.930m, 0.995m, 3)));
        }
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(atUtc),
            Action = Cbv.Action.Observe,
            Quantities = [what],
            BizStep = Cbv.BizStep.Inspecting,
            Disposition = finding is null ? Cbv.Disposition.Conformant : Cbv.Disposition.NonConformant,
            ReadPoint = ctx.Ids.Location(where, point),
            BizLocation = ctx.Ids.Location(ctx.Brand.Plant),
            BizTransactions = [new(Cbv.BizTransactionType.TestResult,
                IdentifierFormatter.BusinessTransaction(ctx.Brand.QualityLab, ctx.Reference("QC") + ctx.Events.Count))],
            Extensions = [new(SampleVocabulary.Term("inspection"), fields)],
        });
    }

    private static DateTime Hold(JourneyContext ctx, DateTime atUtc, QuantityElement what, string reason)
    {
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(atUtc),
            Action = Cbv.Action.Observe,
            Quantities = [what],
            BizStep = Cbv.BizStep.Holding,
            Disposition = Cbv.Disposition.NonSellableOther,
            ReadPoint = ctx.Ids.Location(ctx.Brand.Plant, "90"),
            BizLocation = ctx.Ids.Location(ctx.Brand.Plant),
            Extensions = [new(SampleVocabulary.Term("quarantineReason"), reason)],
        });
        return atUtc;
    }

    private static void Destroy(JourneyContext ctx, DateTime atUtc) =>
        ctx.Add(new SampleEvent
        {
            Type = EpcisEventType.ObjectEvent,
            EventId = ctx.NextEventId(),
            EventTime = SiteClocks.China.Local(atUtc),
            Action = Cbv.Action.Delete,
            Quantities = [ctx.LotQuantity()],
            BizStep = Cbv.BizStep.Destroying,
            Disposition = Cbv.Disposition.Destroyed,
            ReadPoint = ctx.Ids.Location(ctx.Brand.Plant, "90"),
            BizLocation = ctx.Ids.Location(ctx.Brand.Plant),
        });

    private static string[] IncomingFindings(ProductKind kind) => kind switch
    {
        ProductKind.Probiotic => ["viable count below specification", "coliforms detected"],
        ProductKind.BotanicalExtract => ["pesticide residue above MRL", "moisture above specification", "lead above limit"],
        ProductKind.Vitamin => ["lead above limit", "assay below label claim"],
        _ => ["solder-joint defects", "insulation resistance below specification"],
    };

    private static string[] LineFindings(ProductKind kind) => kind switch
    {
        ProductKind.SmartPillDispenser => ["carousel motor torque out of tolerance", "firmware checksum mismatch"],
        ProductKind.HomeTherapyDevice => ["output current out of tolerance", "enclosure seal leak"],
        _ => ["tablet chipping above AQL", "capsule fill weight out of range", "label misprint", "blister seal integrity"],
    };
}
