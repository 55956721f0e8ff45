using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Where the reader is in the document (input name, JSON path, event index), so that an error
/// raised deep in the byte-level reader can still say "file: event 3 at $.epcisBody.eventList[3]".
/// </summary>
internal sealed class ReadingContext(string sourceName)
{
    /// <summary>What the input is called.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>The JSON path of the value being read.</summary>
    public JsonPath Path { get; set; } = JsonPath.Root;

    /// <summary>The index of the event being read, or null outside the event list.</summary>
    public int? EventIndex { get; set; }

    /// <summary>An error at the current path.</summary>
    public EpcisValidationException Error(EpcisErrorKind kind, string reason, long? byteOffset = null) =>
        new(kind, SourceName, EventIndex, Path.ToString(), reason, byteOffset);

    /// <summary>An error at <paramref name="path"/>.</summary>
    public EpcisValidationException Error(EpcisErrorKind kind, JsonPath path, string reason, long? byteOffset = null) =>
        new(kind, SourceName, EventIndex, path.ToString(), reason, byteOffset);

    /// <summary>
    /// An error located only by its input offset: bytes are checked as they are read, a chunk
    /// ahead of the JSON reader, so the current path and event would be misleading.
    /// </summary>
    public EpcisValidationException ErrorAtOffset(EpcisErrorKind kind, string reason, long byteOffset) =>
        new(kind, SourceName, null, JsonPath.Root.ToString(), reason, byteOffset);

    /// <summary>The public error for a broken rule found by validation.</summary>
    public EpcisValidationException Error(JsonRuleViolation violation, long? byteOffset = null) =>
        new(violation.Kind, SourceName, EventIndex, violation.Path.ToString(), violation.Reason, byteOffset);
}
