using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// TransformationEvent (EPCIS 2.0 §7.4.5): inputs consumed, outputs produced (raw material into a
/// finished batch). It has no action. It needs both inputs and outputs, or a transformationID that
/// links it to other events of the same transformation plus at least one of them.
/// </summary>
internal static class TransformationEventRules
{
    public static readonly EventTypeRules Rules = new("TransformationEvent",
        new ObjectShape("a TransformationEvent", new Dictionary<string, MemberRule>(CommonEventRules.Members())
        {
            ["inputEPCList"] = WhatRules.UniqueEpcList,
            ["inputQuantityList"] = WhatRules.QuantityList,
            ["outputEPCList"] = WhatRules.UniqueEpcList,
            ["outputQuantityList"] = WhatRules.QuantityList,
            ["transformationID"] = JsonRules.Uri,
            ["bizStep"] = WhereWhyRules.BusinessStep,
            ["disposition"] = WhereWhyRules.Disposition,
            ["persistentDisposition"] = WhereWhyRules.PersistentDisposition,
            ["readPoint"] = WhereWhyRules.ReadPoint.Rule,
            ["bizLocation"] = WhereWhyRules.BusinessLocation.Rule,
            ["bizTransactionList"] = WhereWhyRules.BusinessTransactionList,
            ["sourceList"] = WhereWhyRules.SourceList,
            ["destinationList"] = WhereWhyRules.DestinationList,
            ["sensorElementList"] = SensorRules.SensorElementList,
            ["ilmd"] = CommonEventRules.Ilmd.Rule,
        }, required: CommonEventRules.Required),
        CheckMembersTogether);

    private static void CheckMembersTogether(JsonElement value, JsonPath path)
    {
        var hasInputs = EventTypeRules.HasNonEmpty(value, "inputEPCList") || EventTypeRules.HasNonEmpty(value, "inputQuantityList");
        var hasOutputs = EventTypeRules.HasNonEmpty(value, "outputEPCList") || EventTypeRules.HasNonEmpty(value, "outputQuantityList");
        if (hasInputs && hasOutputs)
        {
            return;
        }
        if (!EventTypeRules.Has(value, "transformationID"))
        {
            throw new JsonRuleViolation(path,
                "a TransformationEvent must have both inputs and outputs, or a transformationID");
        }
        if (!hasInputs && !hasOutputs)
        {
            throw new JsonRuleViolation(path,
                "a TransformationEvent must have a non-empty input or output list");
        }
    }
}
