using System.Text.RegularExpressions;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The "what" dimension: EPC lists (URIs of instances) and quantity lists (classes with an
/// optional quantity and unit of measure). Whether an identifier names a batch is decided later,
/// by the batch rule; here only the schema's shape is checked.
/// </summary>
internal static partial class WhatRules
{
    [GeneratedRegex("^[A-Z0-9]{2,3}$")]
    private static partial Regex UnitOfMeasurePattern();

    /// <summary>epcList, inputEPCList, outputEPCList: distinct URIs.</summary>
    public static readonly MemberRule UniqueEpcList = JsonRules.ArrayOf(JsonRules.Uri, unique: true);

    /// <summary>childEPCs, and the epcList of a TransactionEvent, which the schema lets repeat.</summary>
    public static readonly MemberRule EpcList = JsonRules.ArrayOf(JsonRules.Uri);

    public static readonly ObjectShape QuantityElement = new("a quantityElement", new Dictionary<string, MemberRule>
    {
        ["epcClass"] = JsonRules.Uri,
        ["quantity"] = JsonRules.Number,
        ["uom"] = JsonRules.Pattern(UnitOfMeasurePattern(), "a UN/CEFACT unit code of 2 or 3 capital letters or digits"),
    }, required: ["epcClass"], allowsExtensions: false);

    public static readonly MemberRule QuantityList = JsonRules.ArrayOf(QuantityElement.Rule);
}
