using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// How to validate one EPCIS event type: its members (<see cref="Shape"/>) and the rules that tie
/// members together (the schema's <c>anyOf</c> branches, such as "an ObjectEvent needs an EPC list,
/// a quantity list or sensor data").
/// </summary>
internal sealed class EventTypeRules(string name, ObjectShape shape, Action<JsonElement, JsonPath> crossMemberRules)
{
    /// <summary>The event type, as written in "type".</summary>
    public string Name { get; } = name;

    /// <summary>The members of the event type.</summary>
    public ObjectShape Shape { get; } = shape;

    /// <summary>Validates <paramref name="value"/> as an event of this type.</summary>
    public void Validate(JsonElement value, JsonPath path)
    {
        Shape.Validate(value, path);
        crossMemberRules(value, path);
    }

    /// <summary>The action rule shared by all event types that have one.</summary>
    public static readonly MemberRule Action = JsonRules.OneOf("ADD", "OBSERVE", "DELETE");

    /// <summary>True if <paramref name="value"/> has the member <paramref name="name"/>.</summary>
    public static bool Has(JsonElement value, string name) => value.TryGetProperty(name, out _);

    /// <summary>True if the member <paramref name="name"/> is an array with at least one element.</summary>
    public static bool HasNonEmpty(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Array && member.GetArrayLength() > 0;

    /// <summary>True if the event's action is DELETE.</summary>
    public static bool IsDelete(JsonElement value) =>
        value.TryGetProperty("action", out var action) && action.ValueEquals("DELETE");
}
