namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// AssociationEvent (EPCIS 2.0 §7.4.6): children associated with a parent that is not a container
/// (a sensor fitted to an asset). Unlike aggregation, the parent is required.
/// </summary>
internal static class AssociationEventRules
{
    public static readonly EventTypeRules Rules = new("AssociationEvent",
        new ObjectShape("an AssociationEvent", new Dictionary<string, MemberRule>(CommonEventRules.Members())
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
        }, required: [.. CommonEventRules.Required, "action", "parentID"]),
        (value, path) => AggregationEventRules.RequireChildrenUnlessDelete(value, path, "an AssociationEvent"));
}
