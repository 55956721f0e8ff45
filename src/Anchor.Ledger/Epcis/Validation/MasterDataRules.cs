namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// Master data carried with events: the EPCISDocument's <c>epcisHeader.epcisMasterData</c> and an
/// EPCISQueryDocument's <c>resultsBody.vocabularyList</c> (vocabularies of elements with attributes).
/// </summary>
internal static class MasterDataRules
{
    private static readonly ObjectShape Attribute = new("a master-data attribute", new Dictionary<string, MemberRule>
    {
        ["id"] = JsonRules.Uri,
        ["attribute"] = static (value, path) =>
        {
            if (value.ValueKind is not (System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Object))
            {
                throw JsonRules.Mismatch(value, path, "a number, a string or an object");
            }
        },
    }, required: ["id"]);

    private static readonly ObjectShape VocabularyElement = new("a vocabularyElement", new Dictionary<string, MemberRule>
    {
        ["id"] = JsonRules.Uri,
        ["attributes"] = JsonRules.ArrayOf(Attribute.Rule),
        ["children"] = JsonRules.ArrayOf(JsonRules.Uri),
    }, required: ["id"]);

    private static readonly ObjectShape Vocabulary = new("a vocabulary", new Dictionary<string, MemberRule>
    {
        ["type"] = JsonRules.Uri,
        ["vocabularyElementList"] = JsonRules.ArrayOf(VocabularyElement.Rule),
    }, required: ["type"]);

    /// <summary>A vocabularyList: an array of vocabularies.</summary>
    public static readonly MemberRule VocabularyList = JsonRules.ArrayOf(Vocabulary.Rule);

    private static readonly ObjectShape MasterData = new("epcisMasterData", new Dictionary<string, MemberRule>
    {
        ["vocabularyList"] = VocabularyList,
    });

    /// <summary>An EPCISDocument's epcisHeader.</summary>
    public static readonly ObjectShape Header = new("an epcisHeader", new Dictionary<string, MemberRule>
    {
        ["epcisMasterData"] = MasterData.Rule,
    });
}
