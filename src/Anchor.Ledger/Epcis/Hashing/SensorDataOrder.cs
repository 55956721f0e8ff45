namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The canonical order inside <c>sensorElementList</c> (CBV 2.0, canonical property order item
/// "sensorElementList"): each <c>sensorElement</c> writes its <c>sensorMetadata</c>, then its
/// <c>sensorReport</c>s sorted by their own pre-hash strings, then its extensions. The element list
/// itself is sorted the same way, so neither the order of the readings nor that of the elements
/// changes the hash, while every value in them does.
/// </summary>
/// <remarks>
/// A field the canonical order does not list (EPCIS 2.0 allows <c>bizRules</c> in a sensorReport,
/// CBV 2.0 lists it only in sensorMetadata) is hashed like an extension: after the listed fields,
/// under its own name.
/// </remarks>
internal static class SensorDataOrder
{
    public static readonly ObjectSpec SensorMetadata = new(
    [
        FieldRule.Timestamp("time"),
        FieldRule.Timestamp("startTime"),
        FieldRule.Timestamp("endTime"),
        FieldRule.Iri("deviceID"),
        FieldRule.Iri("deviceMetadata"),
        FieldRule.Iri("rawData"),
        FieldRule.Iri("dataProcessingMethod"),
        FieldRule.Iri("bizRules"),
    ]);

    public static readonly ObjectSpec SensorReport = new(
    [
        FieldRule.Vocabulary("type", CbvVocabulary.Gs1Vocabulary),
        FieldRule.Vocabulary("exception", CbvVocabulary.Gs1Vocabulary),
        FieldRule.Iri("deviceID"),
        FieldRule.Iri("deviceMetadata"),
        FieldRule.Iri("rawData"),
        FieldRule.Iri("dataProcessingMethod"),
        FieldRule.Timestamp("time"),
        FieldRule.Iri("microorganism"),
        FieldRule.Iri("chemicalSubstance"),
        FieldRule.Literal("value"),
        FieldRule.Vocabulary("component", CbvVocabulary.Component),
        FieldRule.Literal("stringValue"),
        FieldRule.Literal("booleanValue"),
        FieldRule.Literal("hexBinaryValue"),
        FieldRule.Iri("uriValue"),
        FieldRule.Literal("minValue"),
        FieldRule.Literal("maxValue"),
        FieldRule.Literal("meanValue"),
        FieldRule.Literal("sDev"),
        FieldRule.Literal("percRank"),
        FieldRule.Literal("percValue"),
        FieldRule.Literal("uom"),
        FieldRule.Iri("coordinateReferenceSystem"),
    ]);

    public static readonly ObjectSpec SensorElement = new(
    [
        FieldRule.Object("sensorMetadata", SensorMetadata),
        FieldRule.Object("sensorReport", SensorReport),
    ]);
}
