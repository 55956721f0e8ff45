using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// TransactionEvent (EPCIS 2.0 §7.4.4): objects tied to or untied from business transactions
/// (a purchase order, a despatch advice). At least one transaction is required.
/// </summary>
internal static class TransactionEventRules
{
    public static readonly EventTypeRules Rules = new("TransactionEvent",
        new ObjectShape("a TransactionEvent", new Dictionary<string, MemberRule>(CommonEventRules.Members())
        {
            ["bizTransactionList"] = WhereWhyRules.NonEmptyBusinessTransactionList,
            ["parentID"] = JsonRules.Uri,
            ["epcList"] = WhatRules.EpcList,
            ["quantityList"] = WhatRules.QuantityList,
            ["action"] = EventTypeRules.Action,
            ["bizStep"] = WhereWhyRules.BusinessStep,
            ["disposition"] = WhereWhyRules.Disposition,
            ["readPoint"] = WhereWhyRules.ReadPoint.Rule,
            ["bizLocation"] = WhereWhyRules.BusinessLocation.Rule,
            ["sourceList"] = WhereWhyRules.SourceList,
            ["destinationList"] = WhereWhyRules.DestinationList,
            ["sensorElementList"] = SensorRules.SensorElementList,
        }, required: [.. CommonEventRules.Required, "bizTransactionList", "action"]),
        CheckMembersTogether);

    private static void CheckMembersTogether(JsonElement value, JsonPath path)
    {
        if (!EventTypeRules.Has(value, "epcList") && !EventTypeRules.HasNonEmpty(value, "quantityList") &&
            !EventTypeRules.IsDelete(value))
        {
            throw new JsonRuleViolation(path,
                "a TransactionEvent must have an epcList or a non-empty quantityList unless its action is DELETE");
        }
    }
}
