using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// The document's members outside the body (type, schemaVersion, creationDate, @context,
/// epcisHeader, extensions), validated as they arrive. Which members a document may have depends
/// on its type, so members read before "type" wait until it is known. Required members are
/// checked once the whole document has been read.
/// </summary>
internal sealed class DocumentHeader(ReadingContext context)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<(string Name, JsonPath Path, JsonElement Value)> _pending = [];

    /// <summary>EPCISDocument or EPCISQueryDocument, once "type" has been read.</summary>
    public string? DocumentType { get; private set; }

    /// <summary>The document's @context, once read.</summary>
    public JsonElement? Context { get; private set; }

    /// <summary>
    /// True once both "type" and "@context" are known, which the body needs: the type says where
    /// the events are, and each event carries the context.
    /// </summary>
    public bool CanStreamBody => DocumentType is not null && Context is not null;

    /// <summary>Records that member <paramref name="name"/> was found; a second time is an error.</summary>
    public void Note(string name, JsonPath path, long inputOffset)
    {
        if (!_seen.Add(name))
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, path, $"\"{name}\" appears twice in the document", inputOffset);
        }
    }

    /// <summary>Takes the value of a member other than the body, and validates it as soon as the type is known.</summary>
    public void Accept(string name, JsonPath path, JsonElement value)
    {
        Check(() =>
        {
            if (name == "type")
            {
                DocumentRules.Type(value, path);
                DocumentType = value.GetString();
            }
            else if (name == "@context")
            {
                CommonEventRules.Context(value, path);
                Context = value;
            }
        });
        _pending.Add((name, path, value));
        if (DocumentType is not null)
        {
            ValidatePending();
        }
    }

    /// <summary>Validates the members read so far. Requires the type to be known.</summary>
    public void ValidatePending()
    {
        foreach (var (name, path, value) in _pending)
        {
            var rule = DocumentRules.RuleFor(DocumentType!, name);
            if (rule is not null)
            {
                Check(() => rule(value, path));
            }
            else if (!UriSyntax.IsUri(name))
            {
                throw context.Error(EpcisErrorKind.InvalidDocument, path,
                    $"\"{name}\" is not a member of an {DocumentType}; an extension member must be named by a URI or a prefix, such as \"example:{name}\"");
            }
        }
        _pending.Clear();
    }

    /// <summary>Once the whole document is read: the type and the other required members must be there.</summary>
    public void Complete()
    {
        if (DocumentType is null)
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, JsonPath.Root,
                $"the document must have \"type\" ({DocumentRules.Document} or {DocumentRules.QueryDocument})");
        }
        ValidatePending();
        foreach (var required in DocumentRules.Required(DocumentType))
        {
            if (!_seen.Contains(required))
            {
                throw context.Error(EpcisErrorKind.InvalidDocument, JsonPath.Root, $"an {DocumentType} must have \"{required}\"");
            }
        }
    }

    private void Check(Action validate)
    {
        try
        {
            validate();
        }
        catch (JsonRuleViolation violation)
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, violation.Path, violation.Reason);
        }
    }
}
