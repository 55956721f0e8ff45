using System.Text.RegularExpressions;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// Sensor data (EPCIS 2.0 §7.3.8): sensorElementList → sensorElement {sensorMetadata, sensorReport[]}.
/// The 2–8 °C cold-chain readings arrive here, so every value is checked to the schema's letter.
/// </summary>
internal static partial class SensorRules
{
    [GeneratedRegex("^[A-Fa-f0-9]+$")]
    private static partial Regex HexBinaryPattern();

    private static readonly ObjectShape Metadata = new("a sensorMetadata", new Dictionary<string, MemberRule>
    {
        ["time"] = JsonRules.DateTime,
        ["deviceID"] = JsonRules.Uri,
        ["deviceMetadata"] = JsonRules.Uri,
        ["rawData"] = JsonRules.Uri,
        ["startTime"] = JsonRules.DateTime,
        ["endTime"] = JsonRules.DateTime,
        ["dataProcessingMethod"] = JsonRules.Uri,
        ["bizRules"] = JsonRules.Uri,
    });

    private static readonly ObjectShape Report = new("a sensorReport", new Dictionary<string, MemberRule>
    {
        ["type"] = new VocabularyRule("a GS1 measurement type", CbvVocabulary.MeasurementTypes, VocabularyRule.Gs1WebVocabularyNamespaces).Rule,
        ["exception"] = new VocabularyRule("a GS1 sensor alert type", CbvVocabulary.SensorAlertTypes, VocabularyRule.Gs1WebVocabularyNamespaces).Rule,
        ["deviceID"] = JsonRules.Uri,
        ["deviceMetadata"] = JsonRules.Uri,
        ["rawData"] = JsonRules.Uri,
        ["dataProcessingMethod"] = JsonRules.Uri,
        ["bizRules"] = JsonRules.Uri,
        ["time"] = JsonRules.DateTime,
        ["microorganism"] = JsonRules.Uri,
        ["chemicalSubstance"] = JsonRules.Uri,
        ["coordinateReferenceSystem"] = JsonRules.Uri,
        ["value"] = JsonRules.Number,
        ["component"] = new VocabularyRule("a CBV component", CbvVocabulary.Components, VocabularyRule.CbvNamespaces).Rule,
        ["stringValue"] = JsonRules.String,
        ["booleanValue"] = JsonRules.Boolean,
        ["hexBinaryValue"] = JsonRules.Pattern(HexBinaryPattern(), "hexadecimal digits"),
        ["uriValue"] = JsonRules.Uri,
        ["minValue"] = JsonRules.Number,
        ["maxValue"] = JsonRules.Number,
        ["meanValue"] = JsonRules.Number,
        ["sDev"] = JsonRules.Number,
        ["percRank"] = JsonRules.Number,
        ["percValue"] = JsonRules.Number,
        ["uom"] = JsonRules.String,
    }, required: ["type"]);

    private static readonly ObjectShape Element = new("a sensorElement", new Dictionary<string, MemberRule>
    {
        ["sensorMetadata"] = Metadata.Rule,
        ["sensorReport"] = JsonRules.ArrayOf(Report.Rule, minItems: 1),
    }, required: ["sensorReport"]);

    public static readonly MemberRule SensorElementList = JsonRules.ArrayOf(Element.Rule);
}
