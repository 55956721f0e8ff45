namespace Anchor.Ledger.Epcis;

/// <summary>What kind of problem an <see cref="EpcisValidationException"/> reports.</summary>
public enum EpcisErrorKind
{
    /// <summary>The input is not well-formed JSON, is not UTF-8, is empty or is cut short.</summary>
    MalformedJson,

    /// <summary>An event, a header value or a single token is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The document around the events (type, schemaVersion, @context, body) breaks EPCIS 2.0.</summary>
    InvalidDocument,

    /// <summary>An event breaks the EPCIS 2.0 JSON Schema (or one of Anchor's stricter rules).</summary>
    InvalidEvent,

    /// <summary>A GS1 identifier is malformed: a wrong check digit, a bad LGTIN URN, a bad lot.</summary>
    InvalidIdentifier,

    /// <summary>An event names no batch (GTIN and lot) that Anchor could file it under.</summary>
    NoBatch,

    /// <summary>An event's deciding identifiers name more than one batch.</summary>
    SeveralBatches,
}
