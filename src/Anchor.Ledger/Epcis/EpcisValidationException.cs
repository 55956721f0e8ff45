namespace Anchor.Ledger.Epcis;

/// <summary>
/// An EPCIS input was rejected. The message names the input, the event (when the problem is in
/// one), the JSON path and the reason:
/// <c>shipments/2026-05.jsonld: event 3 at $.epcisBody.eventList[3].eventTimeZoneOffset: "+8:00" is not ±hh:mm</c>.
/// </summary>
public sealed class EpcisValidationException : Exception
{
    /// <summary>Creates the exception; the message is composed from the parts.</summary>
    public EpcisValidationException(EpcisErrorKind kind, string sourceName, int? eventIndex, string jsonPath,
        string reason, long? byteOffset = null)
        : base(Compose(sourceName, eventIndex, jsonPath, reason))
    {
        Kind = kind;
        SourceName = sourceName;
        EventIndex = eventIndex;
        JsonPath = jsonPath;
        Reason = reason;
        ByteOffset = byteOffset;
    }

    /// <summary>What kind of problem this is.</summary>
    public EpcisErrorKind Kind { get; }

    /// <summary>What the input is called: a file path, or <c>&lt;stdin&gt;</c>.</summary>
    public string SourceName { get; }

    /// <summary>The zero-based index of the event in the event list, or null for a document-level problem.</summary>
    public int? EventIndex { get; }

    /// <summary>Where in the document, such as <c>$.epcisBody.eventList[3].readPoint.id</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, in words, without the location.</summary>
    public string Reason { get; }

    /// <summary>The offset in bytes from the start of the input near which the problem lies, when known.</summary>
    public long? ByteOffset { get; }

    private static string Compose(string sourceName, int? eventIndex, string jsonPath, string reason) =>
        eventIndex is { } index
            ? $"{sourceName}: event {index} at {jsonPath}: {reason}"
            : $"{sourceName}: at {jsonPath}: {reason}";
}
