namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// One broken rule at one place in a JSON value. Validation stops at the first: the reader turns it
/// into an <see cref="EpcisValidationException"/> that also names the input and the event.
/// </summary>
internal sealed class JsonRuleViolation(JsonPath path, string reason, EpcisErrorKind kind = EpcisErrorKind.InvalidEvent)
    : Exception($"{path}: {reason}")
{
    /// <summary>Where the rule is broken.</summary>
    public JsonPath Path { get; } = path;

    /// <summary>Which rule, and how, in words (the error message without the location).</summary>
    public string Reason { get; } = reason;

    /// <summary>What kind of error this is.</summary>
    public EpcisErrorKind Kind { get; } = kind;
}
