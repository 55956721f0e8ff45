using System.Collections.Frozen;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The members an EPCIS object may have: each named member with its rule, the required ones, and
/// whether user extensions are allowed. This is the schema's <c>properties</c> + <c>required</c> +
/// <c>propertyNames</c> (the standard names, or any URI such as <c>example:myField</c>).
/// </summary>
internal sealed class ObjectShape
{
    private readonly FrozenDictionary<string, MemberRule> _members;
    private readonly string[] _required;
    private readonly bool _allowsExtensions;

    /// <param name="description">How messages name the object: "an ObjectEvent", "a sensorReport".</param>
    /// <param name="members">The standard members and their rules.</param>
    /// <param name="required">The members that must be present.</param>
    /// <param name="allowsExtensions">
    /// True if members named by a URI (namespaced user extensions) are allowed, with any value;
    /// false where the schema says <c>additionalProperties: false</c>.
    /// </param>
    public ObjectShape(string description, IEnumerable<KeyValuePair<string, MemberRule>> members,
        string[]? required = null, bool allowsExtensions = true)
    {
        Description = description;
        _members = members.ToFrozenDictionary(StringComparer.Ordinal);
        _required = required ?? [];
        _allowsExtensions = allowsExtensions;
    }

    /// <summary>How messages name the object.</summary>
    public string Description { get; }

    /// <summary>This shape as a rule for a member whose value must have it.</summary>
    public MemberRule Rule => Validate;

    /// <summary>Checks <paramref name="value"/>: an object, known or extension members, required present.</summary>
    public void Validate(JsonElement value, JsonPath path)
    {
        JsonRules.RequireKind(value, path, JsonValueKind.Object, $"an object ({Description})");
        foreach (var member in value.EnumerateObject())
        {
            if (_members.TryGetValue(member.Name, out var rule))
            {
                rule(member.Value, path.Property(member.Name));
            }
            else if (!_allowsExtensions || !UriSyntax.IsUri(member.Name))
            {
                throw new JsonRuleViolation(path.Property(member.Name), UnknownMemberReason(member.Name));
            }
        }
        foreach (var name in _required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                throw new JsonRuleViolation(path, $"{Description} must have \"{name}\"");
            }
        }
    }

    private string UnknownMemberReason(string name) => _allowsExtensions
        ? $"\"{name}\" is not a member of {Description}; an extension member must be named by a URI or a prefix, such as \"example:{name}\""
        : $"\"{name}\" is not a member of {Description}, which allows no other members";
}
