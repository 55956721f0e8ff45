using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// ObjectEvent (EPCIS 2.0 §7.4.2): something happened to objects, named by EPCs or by class and
/// quantity. ILMD (instance/lot master data) is only for ADD, when the objects come into being.
/// </summary>
internal static class ObjectEventRules
{
    public static readonly EventTypeRules Rules = new("ObjectEvent",
        new ObjectShape("an ObjectEvent", new Dictionary<string, MemberRule>(CommonEventRules.Members())
        {
            ["action"] = EventTypeRules.Action,
            ["epcList"] = WhatRules.UniqueEpcList,
            ["quantityList"] = WhatRules.QuantityList,
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
        }, required: [.. CommonEventRules.Required, "action"]),
        CheckMembersTogether);

    private static void CheckMembersTogether(JsonElement value, JsonPath path)
    {
        var namesObjects = EventTypeRules.Has(value, "epcList") || EventTypeRules.HasNonEmpty(value, "quantityList");
        var isSensorReading = EventTypeRules.HasNonEmpty(value, "sensorElementList") && EventTypeRules.Has(value, "readPoint");
        if (!namesObjects && !isSensorReading)
        {
            throw new JsonRuleViolation(path,
                "an ObjectEvent must have an epcList, a non-empty quantityList, or a non-empty sensorElementList with a readPoint");
        }
        if (EventTypeRules.Has(value, "ilmd") && !value.GetProperty("action").ValueEquals("ADD"))
        {
            throw new JsonRuleViolation(path.Property("ilmd"), "ilmd is only allowed in an ObjectEvent whose action is ADD");
        }
    }
}
