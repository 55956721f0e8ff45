using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// AggregationEvent (EPCIS 2.0 §7.4.3): children put into or taken out of a parent (cases on a
/// pallet). Except for DELETE, which may empty the parent wholesale, children must be named.
/// </summary>
internal static class AggregationEventRules
{
    public static readonly EventTypeRules Rules = new("AggregationEvent",
        new ObjectShape("an AggregationEvent", new Dictionary<string, MemberRule>(CommonEventRules.Members())
        {
            ["parentID"] = JsonRules.Uri,
            ["childEPCs"] = WhatRules.EpcList,
            ["childQuantityList"] = WhatRules.QuantityList,
            ["action"] = EventTypeRules.Action,
            ["bizStep"] = WhereWhyRules.BusinessStep,
            ["disposition"] = WhereWhyRules.Disposition,
            ["readPoint"] = WhereWhyRules.ReadPoint.Rule,
            ["bizLocation"] = WhereWhyRules.BusinessLocation.Rule,
            ["bizTransactionList"] = WhereWhyRules.BusinessTransactionList,
            ["sourceList"] = WhereWhyRules.SourceList,
            ["destinationList"] = WhereWhyRules.DestinationList,
            ["sensorElementList"] = SensorRules.SensorElementList,
        }, required: [.. CommonEventRules.Required, "action"]),
        (value, path) => RequireChildrenUnlessDelete(value, path, "an AggregationEvent"));

    /// <summary>The schema's anyOf shared by AggregationEvent and AssociationEvent.</summary>
    public static void RequireChildrenUnlessDelete(JsonElement value, JsonPath path, string description)
    {
        if (!EventTypeRules.HasNonEmpty(value, "childEPCs") && !EventTypeRules.HasNonEmpty(value, "childQuantityList") &&
            !EventTypeRules.IsDelete(value))
        {
            throw new JsonRuleViolation(path,
                $"{description} must have a non-empty childEPCs or childQuantityList unless its action is DELETE");
        }
    }
}
