namespace Anchor.Ledger.Sample;

/// <summary>Which recorded fact turns out to be wrong, when one does.</summary>
internal enum DataError
{
    None,

    /// <summary>The flight's logger recorded Fahrenheit values labelled CEL: a false excursion.</summary>
    LoggerUnit,

    /// <summary>The importer keyed the received quantity with an extra zero.</summary>
    ReceivedQuantity,
}

/// <summary>
/// An EPCIS error declaration and its correction: the erroneous event is restated with the same
/// eventID and an <c>errorDeclaration</c> (declaration time, CBV reason <c>incorrect_data</c>, the
/// corrective event's ID), followed by the corrective event, which carries the right data, the
/// original event time and a new eventID. Both are appended after the journey, as a ledger
/// would receive them days later.
/// </summary>
internal static class ErrorDeclarationStep
{
    /// <summary>
    /// Declares <paramref name="erroneous"/> wrong at <paramref name="declaredUtc"/> and adds
    /// <paramref name="corrected"/> (the same event with the right data) under a new eventID.
    /// </summary>
    public static void Append(JourneyContext ctx, SampleEvent erroneous, SampleEvent corrected, DateTime declaredUtc)
    {
        var corrective = corrected with { EventId = ctx.NextEventId() };
        var declaredLocal = new DateTimeOffset(DateTime.SpecifyKind(declaredUtc, DateTimeKind.Utc)).ToOffset(erroneous.EventTime.Offset);
        ctx.Add(erroneous with
        {
            ErrorDeclaration = new ErrorDeclarationInfo(declaredLocal, Cbv.ErrorReason.IncorrectData, [corrective.EventId]),
        });
        ctx.Add(corrective);
    }
}
