namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The canonical property order of CBV 2.0 (section "EPCIS Event Hash ID"), for all event types:
/// eventType, eventTime, eventTimeZoneOffset, certificationInfo, the "what" lists, action,
/// transformationID, bizStep, disposition, persistentDisposition, readPoint, bizLocation, the
/// business transaction, source and destination lists, sensorElementList, ilmd, and last the
/// user extensions. A field an event does not carry is skipped.
/// </summary>
/// <remarks>
/// <para>certificationInfo follows eventTimeZoneOffset, as in the GS1 reference vectors
/// (TimeStampRoundOff) and OpenEPCIS. epcList precedes parentID, as in the CBV 2.0 table; only a
/// TransactionEvent can carry both.</para>
/// <para>Ignored on purpose: <c>eventID</c> (it may hold this very hash), <c>recordTime</c> (set by
/// the repository, not the capturing party), <c>errorDeclaration</c> (an error declaration must keep
/// the hash ID of the event it corrects) and the event's own <c>@context</c>.</para>
/// </remarks>
internal static class CanonicalPropertyOrder
{
    private static readonly ObjectSpec QuantityElement = new(
    [
        FieldRule.Iri("epcClass"),
        FieldRule.Literal("quantity"),
        FieldRule.Literal("uom"),
    ]);

    // In these three lists the type comes first, so that items sort by type, then identifier.
    private static readonly ObjectSpec BizTransaction = new(
    [
        FieldRule.Vocabulary("type", CbvVocabulary.BusinessTransactionType),
        FieldRule.Iri("bizTransaction"),
    ]);

    private static readonly ObjectSpec Source = new(
    [
        FieldRule.Vocabulary("type", CbvVocabulary.SourceDestinationType),
        FieldRule.Iri("source"),
    ]);

    private static readonly ObjectSpec Destination = new(
    [
        FieldRule.Vocabulary("type", CbvVocabulary.SourceDestinationType),
        FieldRule.Iri("destination"),
    ]);

    private static readonly ObjectSpec PersistentDisposition = new(
    [
        FieldRule.Vocabulary("set", CbvVocabulary.Disposition),
        FieldRule.Vocabulary("unset", CbvVocabulary.Disposition),
    ]);

    private static readonly ObjectSpec Location = new([FieldRule.Iri("id")]);

    /// <summary>The event's own fields; <c>type</c> is written first, as <c>eventType</c>, by the builder.</summary>
    public static readonly ObjectSpec Event = new(
        [
            FieldRule.Timestamp("eventTime"),
            FieldRule.Literal("eventTimeZoneOffset"),
            FieldRule.Iri("certificationInfo"),
            FieldRule.IriList("epcList", "epc"),
            FieldRule.Iri("parentID"),
            FieldRule.IriList("inputEPCList", "epc"),
            FieldRule.IriList("childEPCs", "epc"),
            FieldRule.ObjectList("quantityList", "quantityElement", QuantityElement),
            FieldRule.ObjectList("childQuantityList", "quantityElement", QuantityElement),
            FieldRule.ObjectList("inputQuantityList", "quantityElement", QuantityElement),
            FieldRule.IriList("outputEPCList", "epc"),
            FieldRule.ObjectList("outputQuantityList", "quantityElement", QuantityElement),
            FieldRule.Literal("action"),
            FieldRule.Iri("transformationID"),
            FieldRule.Vocabulary("bizStep", CbvVocabulary.BusinessStep),
            FieldRule.Vocabulary("disposition", CbvVocabulary.Disposition),
            FieldRule.Object("persistentDisposition", PersistentDisposition),
            FieldRule.Object("readPoint", Location),
            FieldRule.Object("bizLocation", Location),
            FieldRule.ObjectList("bizTransactionList", string.Empty, BizTransaction),
            FieldRule.ObjectList("sourceList", string.Empty, Source),
            FieldRule.ObjectList("destinationList", string.Empty, Destination),
            FieldRule.ObjectList("sensorElementList", "sensorElement", SensorDataOrder.SensorElement),
            FieldRule.Extensions("ilmd"),
        ],
        "type", "eventID", "recordTime", "errorDeclaration", "@context", "@id");
}
