using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Choices beyond CBV 2.0 itself. The default (<see cref="Default"/>) is the plain algorithm.
/// </summary>
public sealed class EventHashOptions
{
    private EventHashOptions(IReadOnlySet<string> ignoredFields)
    {
        IgnoredFields = ignoredFields;
    }

    /// <summary>The plain CBV 2.0 algorithm: no extra fields ignored.</summary>
    public static EventHashOptions Default { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// Full IRIs of user extension fields left out of the pre-hash string wherever they occur, such
    /// as <c>https://repository-x.example.com/hash</c>.
    /// </summary>
    public IReadOnlySet<string> IgnoredFields { get; }

    /// <summary>
    /// Leaves out the named user extension fields (CURIEs like <c>repository-x:hash</c>, expanded with
    /// <paramref name="context"/>, or full IRIs): the convention of the reference implementation for
    /// repository-specific fields that a repository adds after capture (its own hash, a capture ID)
    /// and that must not change the event's identity.
    /// </summary>
    /// <remarks>
    /// WARNING: a field ignored here can change without changing the hash ID. Take the list from
    /// your own configuration, never from the document being hashed: an author who can name the
    /// fields to ignore can exempt any extension, such as a temperature reading, from the hash.
    /// </remarks>
    public static EventHashOptions IgnoringFields(IEnumerable<string> fields, JsonLdContext context)
    {
        var iris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = context.ExpandKey(field);
            iris.Add(name.Iri ?? field);
        }
        return new EventHashOptions(iris);
    }

    /// <summary>
    /// Reads the reference implementation's document-level declaration of fields to ignore: an
    /// array of field names under a namespaced key whose local name is <c>ignoreFields</c>
    /// (<c>"repository-x:ignoreFields": ["repository-x:hash", "example:captureID"]</c>), and returns
    /// options that ignore them; <see cref="Default"/> if the document declares none.
    /// </summary>
    /// <remarks>
    /// WARNING: this lets the document's author decide what the hash covers (see
    /// <see cref="IgnoringFields"/>). It exists to check the reference vectors; a ledger should not
    /// use it on documents it receives.
    /// </remarks>
    public static EventHashOptions FromDocumentDeclaration(JsonElement document, JsonLdContext context)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            return Default;
        }
        var fields = new List<string>();
        foreach (var property in document.EnumerateObject())
        {
            if (property.Name.EndsWith(":ignoreFields", StringComparison.Ordinal)
                && property.Value.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(property.Value.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!));
            }
        }
        return fields.Count == 0 ? Default : IgnoringFields(fields, context);
    }
}
