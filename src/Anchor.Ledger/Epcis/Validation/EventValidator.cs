using System.Collections.Frozen;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// Validates one event against the EPCIS 2.0 JSON Schema's rules for its type, strictly: unknown
/// members that are not namespaced extensions, wrong types, malformed URIs, times and codes are
/// all errors. Extension event types (a URI as "type"), which the schema allows, are refused:
/// Anchor records the five standard event types.
/// </summary>
internal static class EventValidator
{
    private static readonly FrozenDictionary<string, EventTypeRules> RulesByType = new[]
    {
        ObjectEventRules.Rules, AggregationEventRules.Rules, TransactionEventRules.Rules,
        TransformationEventRules.Rules, AssociationEventRules.Rules,
    }.ToFrozenDictionary(rules => rules.Name, StringComparer.Ordinal);

    private static readonly string TypeNames = string.Join(", ", RulesByType.Keys.Order(StringComparer.Ordinal));

    /// <summary>
    /// Validates <paramref name="value"/>, the event at <paramref name="path"/>, and returns the
    /// facts the ledger files it by. Throws <see cref="JsonRuleViolation"/> at the first error.
    /// </summary>
    public static ValidatedEvent Validate(JsonElement value, JsonPath path)
    {
        JsonRules.RequireKind(value, path, JsonValueKind.Object, "an object (an EPCIS event)");
        if (!value.TryGetProperty("type", out var typeValue))
        {
            throw new JsonRuleViolation(path, $"an event must have \"type\" ({TypeNames})");
        }
        var typePath = path.Property("type");
        var type = JsonRules.RequireString(typeValue, typePath, "a string (the event type)");
        if (!RulesByType.TryGetValue(type, out var rules))
        {
            throw new JsonRuleViolation(typePath, UriSyntax.IsUri(type)
                ? $"{ValueText.Quote(type)} is an extension event type; Anchor records only the EPCIS 2.0 event types {TypeNames}"
                : $"{ValueText.Quote(type)} is not an EPCIS 2.0 event type ({TypeNames})");
        }
        rules.Validate(value, path);
        var eventTime = JsonRules.RequireDateTime(value.GetProperty("eventTime"), path.Property("eventTime"));
        return new ValidatedEvent(rules.Name, eventTime);
    }
}

/// <summary>What validation learns about an event that the ledger needs.</summary>
/// <param name="EventType">One of the five EPCIS 2.0 event types.</param>
/// <param name="EventTime">The event's eventTime.</param>
internal sealed record ValidatedEvent(string EventType, DateTimeOffset EventTime);
