namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>How a field's JSON value is laid out in the pre-hash string.</summary>
internal enum FieldShape
{
    /// <summary><c>name=value</c>; an array gives one <c>name=value</c> per element, sorted (certificationInfo, set, unset).</summary>
    Value,

    /// <summary>The list name once, then <c>element=value</c> per item, sorted (<c>epcList</c> + <c>epc=…</c>).</summary>
    ValueList,

    /// <summary>The name, then the object's fields; an array gives one such block per element, sorted (readPoint, sensorReport).</summary>
    Object,

    /// <summary>The list name once, then per item the element name and the item's fields, sorted (quantityList + quantityElement).</summary>
    ObjectList,

    /// <summary>The name, then the object's properties as user extensions, sorted (ilmd).</summary>
    Extensions,
}

/// <summary>Which normalisation a single value gets before it is written.</summary>
internal enum ValueKind
{
    /// <summary>Text or number: trimmed; numerals, CBV URNs and GS1 identifiers are normalised.</summary>
    Literal,

    /// <summary>An xsd:dateTimeStamp: UTC, millisecond precision.</summary>
    Timestamp,

    /// <summary>An identifier (JSON-LD <c>@id</c>): a CURIE is expanded, then treated as a literal.</summary>
    Iri,

    /// <summary>A standard vocabulary value (JSON-LD <c>@vocab</c>): a bare name gets the vocabulary's prefix.</summary>
    Vocabulary,
}

/// <summary>One field of the canonical property order: its name, layout and normalisation.</summary>
internal sealed record FieldRule(string Name, FieldShape Shape)
{
    public ValueKind Kind { get; private init; } = ValueKind.Literal;

    /// <summary>For <see cref="ValueKind.Vocabulary"/>: the Web URI prefix of a bare name.</summary>
    public string VocabularyPrefix { get; private init; } = string.Empty;

    /// <summary>For lists: the name written before each item (empty for bizTransactionList and the like).</summary>
    public string ElementName { get; private init; } = string.Empty;

    /// <summary>For objects and object lists: the fields of each object, in order.</summary>
    public ObjectSpec? Element { get; private init; }

    public static FieldRule Literal(string name) => new(name, FieldShape.Value);

    public static FieldRule Timestamp(string name) => new(name, FieldShape.Value) { Kind = ValueKind.Timestamp };

    public static FieldRule Iri(string name) => new(name, FieldShape.Value) { Kind = ValueKind.Iri };

    public static FieldRule Vocabulary(string name, string prefix) =>
        new(name, FieldShape.Value) { Kind = ValueKind.Vocabulary, VocabularyPrefix = prefix };

    public static FieldRule IriList(string name, string elementName) =>
        new(name, FieldShape.ValueList) { Kind = ValueKind.Iri, ElementName = elementName };

    public static FieldRule Object(string name, ObjectSpec element) => new(name, FieldShape.Object) { Element = element };

    public static FieldRule ObjectList(string name, string elementName, ObjectSpec element) =>
        new(name, FieldShape.ObjectList) { ElementName = elementName, Element = element };

    public static FieldRule Extensions(string name) => new(name, FieldShape.Extensions);
}

/// <summary>
/// The fields of one kind of EPCIS object in canonical order. Any property not listed here (and
/// not ignored) is a user extension and follows the listed fields, sorted.
/// </summary>
internal sealed class ObjectSpec
{
    private readonly Dictionary<string, int> _index;
    private readonly HashSet<string> _ignored;

    public ObjectSpec(FieldRule[] fields, params string[] ignored)
    {
        Fields = fields;
        _index = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            _index.Add(fields[i].Name, i);
        }
        _ignored = new HashSet<string>(ignored, StringComparer.Ordinal);
    }

    public FieldRule[] Fields { get; }

    public bool TryGetIndex(string name, out int index) => _index.TryGetValue(name, out index);

    /// <summary>Properties that are part of the object but not of its hash (eventID, recordTime…).</summary>
    public bool IsIgnored(string name) => _ignored.Contains(name);
}
