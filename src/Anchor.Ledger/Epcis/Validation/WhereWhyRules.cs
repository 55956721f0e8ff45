namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The "where" and "why" dimensions: readPoint, bizLocation, bizStep, disposition,
/// persistentDisposition, business transactions, sources and destinations.
/// </summary>
internal static class WhereWhyRules
{
    public static readonly MemberRule BusinessStep =
        new VocabularyRule("a CBV 2.0 business step", CbvVocabulary.BusinessSteps, VocabularyRule.CbvNamespaces).Rule;

    public static readonly MemberRule Disposition =
        new VocabularyRule("a CBV 2.0 disposition", CbvVocabulary.Dispositions, VocabularyRule.CbvNamespaces).Rule;

    // The schema allows any further member here; Anchor asks that it be a namespaced extension,
    // as everywhere else, so that a misspelt "id" cannot slip through as data.
    public static readonly ObjectShape ReadPoint = new("a readPoint", new Dictionary<string, MemberRule>
    {
        ["id"] = JsonRules.Uri,
    }, required: ["id"]);

    public static readonly ObjectShape BusinessLocation = new("a bizLocation", new Dictionary<string, MemberRule>
    {
        ["id"] = JsonRules.Uri,
    }, required: ["id"]);

    private static readonly ObjectShape PersistentDispositionShape = new("a persistentDisposition", new Dictionary<string, MemberRule>
    {
        ["set"] = JsonRules.ArrayOf(Disposition, minItems: 1, unique: true),
        ["unset"] = JsonRules.ArrayOf(Disposition, minItems: 1, unique: true),
    }, allowsExtensions: false);

    /// <summary>persistentDisposition: set and/or unset (at least one), nothing else.</summary>
    public static readonly MemberRule PersistentDisposition = static (value, path) =>
    {
        PersistentDispositionShape.Validate(value, path);
        if (!value.TryGetProperty("set", out _) && !value.TryGetProperty("unset", out _))
        {
            throw new JsonRuleViolation(path, "a persistentDisposition must have \"set\" or \"unset\"");
        }
    };

    private static readonly ObjectShape BusinessTransaction = new("a bizTransaction", new Dictionary<string, MemberRule>
    {
        ["type"] = new VocabularyRule("a CBV business transaction type", CbvVocabulary.BusinessTransactionTypes, VocabularyRule.CbvNamespaces).Rule,
        ["bizTransaction"] = JsonRules.Uri,
    }, required: ["bizTransaction"], allowsExtensions: false);

    public static readonly MemberRule BusinessTransactionList = JsonRules.ArrayOf(BusinessTransaction.Rule);

    /// <summary>bizTransactionList of a TransactionEvent, where it is required and must not be empty.</summary>
    public static readonly MemberRule NonEmptyBusinessTransactionList = JsonRules.ArrayOf(BusinessTransaction.Rule, minItems: 1);

    private static readonly MemberRule SourceDestinationType =
        new VocabularyRule("a CBV source/destination type", CbvVocabulary.SourceDestinationTypes, VocabularyRule.CbvNamespaces).Rule;

    private static readonly ObjectShape Source = new("a source", new Dictionary<string, MemberRule>
    {
        ["type"] = SourceDestinationType,
        ["source"] = JsonRules.Uri,
    }, required: ["type", "source"], allowsExtensions: false);

    private static readonly ObjectShape Destination = new("a destination", new Dictionary<string, MemberRule>
    {
        ["type"] = SourceDestinationType,
        ["destination"] = JsonRules.Uri,
    }, required: ["type", "destination"], allowsExtensions: false);

    public static readonly MemberRule SourceList = JsonRules.ArrayOf(Source.Rule);

    public static readonly MemberRule DestinationList = JsonRules.ArrayOf(Destination.Rule);
}
