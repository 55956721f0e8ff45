namespace Anchor.Ledger.Sample;

/// <summary>The EPCIS event types the sample uses.</summary>
internal enum EpcisEventType
{
    ObjectEvent,
    AggregationEvent,
    TransformationEvent,
}

/// <summary>A quantityList entry: a class-level identifier (here always a lot) and an amount.</summary>
internal sealed record QuantityElement(string EpcClass, decimal Quantity, string? Uom = null);

/// <summary>A bizTransactionList entry: a CBV type (po, desadv, testres, …) and the transaction's URI.</summary>
internal sealed record BizTransaction(string Type, string Id);

/// <summary>A sourceList or destinationList entry: a CBV type (owning_party, location, …) and the party or place.</summary>
internal sealed record SourceOrDestination(string Type, string Id);

/// <summary>The errorDeclaration of an event that states an earlier one was in error.</summary>
internal sealed record ErrorDeclarationInfo(DateTimeOffset DeclarationTime, string Reason, IReadOnlyList<string> CorrectiveEventIds);

/// <summary>
/// A user-extension field: <see cref="Value"/> is a string, a decimal, an int, a bool, or a
/// nested list of fields (written as a JSON object).
/// </summary>
internal sealed record ExtensionField(string Name, object Value);

/// <summary>
/// One EPCIS 2.0 event of a sample journey, fully decided and ready to be written. Fields not
/// used by an event type stay empty; the writers decide which ones each type may carry.
/// </summary>
internal sealed record SampleEvent
{
    public required EpcisEventType Type { get; init; }
    public required string EventId { get; init; }

    /// <summary>When the event happened, at the local offset of where it happened.</summary>
    public required DateTimeOffset EventTime { get; init; }

    public string? CertificationInfo { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<string> EpcList { get; init; } = [];

    /// <summary>quantityList of an ObjectEvent, childQuantityList of an AggregationEvent.</summary>
    public IReadOnlyList<QuantityElement> Quantities { get; init; } = [];

    public string? ParentId { get; init; }
    public IReadOnlyList<QuantityElement> Inputs { get; init; } = [];
    public IReadOnlyList<QuantityElement> Outputs { get; init; } = [];
    public required string BizStep { get; init; }
    public string? Disposition { get; init; }
    public required string ReadPoint { get; init; }
    public string? BizLocation { get; init; }
    public IReadOnlyList<BizTransaction> BizTransactions { get; init; } = [];
    public IReadOnlyList<SourceOrDestination> Sources { get; init; } = [];
    public IReadOnlyList<SourceOrDestination> Destinations { get; init; } = [];
    public SensorLog? Sensors { get; init; }
    public IReadOnlyList<ExtensionField> Ilmd { get; init; } = [];
    public IReadOnlyList<ExtensionField> Extensions { get; init; } = [];
    public ErrorDeclarationInfo? ErrorDeclaration { get; init; }

    /// <summary>The latest instant the event states: its time, or its declaration's.</summary>
    public DateTimeOffset LatestInstant =>
        ErrorDeclaration is { } d && d.DeclarationTime > EventTime ? d.DeclarationTime : EventTime;
}
