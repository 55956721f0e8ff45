namespace Anchor.Indexer.Verification;

/// <summary>
/// One verified entry as a page shows it in the batch's history: what happened, when and where.
/// Fields the event does not have (or has in another shape) are null.
/// </summary>
/// <param name="Index">The entry's index in the publisher's log.</param>
/// <param name="Gtin">The entry's GTIN.</param>
/// <param name="Lot">The entry's lot.</param>
/// <param name="OfTaggedBatch">True for the tagged batch's own entries, false for an input lot's.</param>
/// <param name="Type">The EPCIS event type, e.g. ObjectEvent.</param>
/// <param name="Action">ADD, OBSERVE or DELETE.</param>
/// <param name="BizStep">The CBV business step.</param>
/// <param name="Disposition">The CBV disposition.</param>
/// <param name="Time">eventTime as written.</param>
/// <param name="TimeZoneOffset">eventTimeZoneOffset as written.</param>
/// <param name="ReadPoint">readPoint.id.</param>
/// <param name="BizLocation">bizLocation.id.</param>
/// <param name="EventId">The event's eventID.</param>
/// <param name="EventHashId">The entry's CBV 2.0 Event Hash ID.</param>
/// <param name="ErrorDeclaration">The declaration when the event is an error declaration, else null.</param>
/// <param name="Retracted">True when an error declaration among the entries retracts this event.</param>
public sealed record TimelineEntry(
    long Index, string Gtin, string Lot, bool OfTaggedBatch,
    string? Type, string? Action, string? BizStep, string? Disposition, string? Time, string? TimeZoneOffset,
    string? ReadPoint, string? BizLocation, string? EventId, string EventHashId,
    TimelineDeclaration? ErrorDeclaration, bool Retracted);

/// <summary>An EPCIS error declaration: when, and why.</summary>
/// <param name="DeclarationTime">errorDeclaration.declarationTime as written.</param>
/// <param name="Reason">errorDeclaration.reason as written.</param>
public sealed record TimelineDeclaration(string? DeclarationTime, string? Reason);
