using System.Text.Json;

namespace Anchor.Ledger.Epcis;

/// <summary>One validated EPCIS 2.0 event, as the ledger stores it.</summary>
/// <param name="SourceName">What the input is called (a file path, or <c>&lt;stdin&gt;</c>).</param>
/// <param name="Index">The zero-based position of the event in the document's event list.</param>
/// <param name="JsonPath">
/// Where the event is in the document: <c>$.epcisBody.eventList[3]</c>, or
/// <c>$.epcisBody.queryResults.resultsBody.eventList[3]</c> in a query document.
/// </param>
/// <param name="Bytes">
/// The event object as compact UTF-8 JSON: members and array elements in input order, no
/// whitespace between tokens, numbers exactly as written, and strings escaped only where JSON
/// requires it (<c>\"</c>, <c>\\</c> and control characters, as <c>JSON.stringify</c> does), so
/// "°C" or "批号" stay UTF-8. The same input always gives the same bytes; these are the bytes the
/// ledger stores and commits to. WARNING: do not modify the array.
/// </param>
/// <param name="Element">The event parsed from <paramref name="Bytes"/>.</param>
/// <param name="DocumentContext">The document's <c>@context</c>, which the event's JSON-LD terms expand against.</param>
/// <param name="EventType">ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent.</param>
/// <param name="EventTime">The event's eventTime.</param>
/// <param name="Batch">
/// The batch the event is filed under (see docs/epcis-ingest.md). Never null when
/// <see cref="EpcisReaderOptions.RequireBatch"/> is true (the default).
/// </param>
public sealed record EpcisEvent(
    string SourceName,
    int Index,
    string JsonPath,
    byte[] Bytes,
    JsonElement Element,
    JsonElement DocumentContext,
    string EventType,
    DateTimeOffset EventTime,
    BatchId? Batch);
