using System.Runtime.CompilerServices;
using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

// The body: epcisBody.eventList in an EPCISDocument, epcisBody.queryResults.resultsBody.eventList
// in an EPCISQueryDocument. Each level allows its standard members and URI-named extensions,
// which are skipped unread; anything else is an error, so that no event list hides under an
// unexpected name and is silently skipped.
internal sealed partial class DocumentWalker
{
    private static readonly JsonPath BodyPath = JsonPath.Root.Property(DocumentRules.BodyMember);

    /// <summary>The events of the body whose opening brace <paramref name="reader"/> has just read.</summary>
    private IAsyncEnumerable<RawEvent> ReadBodyAsync(JsonChunkReader reader, CancellationToken ct) =>
        Header.DocumentType == DocumentRules.Document
            ? ReadEventListOwnerAsync(reader, BodyPath, "an EPCISDocument's epcisBody", ct)
            : ReadQueryBodyAsync(reader, ct);

    /// <summary>An object whose one standard member is "eventList" (epcisBody, or a query's resultsBody).</summary>
    private async IAsyncEnumerable<RawEvent> ReadEventListOwnerAsync(JsonChunkReader reader, JsonPath path, string description,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await NextMemberAsync(reader, ct) is { } name)
        {
            var memberPath = NoteStreamedMember(seen, path, name, reader.TokenOffset);
            if (name == "eventList")
            {
                await foreach (var rawEvent in ReadEventListAsync(reader, memberPath, ct))
                {
                    yield return rawEvent;
                }
            }
            else if (name == "vocabularyList" && path != BodyPath)
            {
                await ReadStreamedObjectMemberAsync(reader, memberPath, MasterDataRules.VocabularyList, ct);
            }
            else
            {
                await SkipExtensionAsync(reader, memberPath, name, description, ct);
            }
        }
        RequireMember(seen, path, "eventList", description);
    }

    private async IAsyncEnumerable<RawEvent> ReadQueryBodyAsync(JsonChunkReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await NextMemberAsync(reader, ct) is { } name)
        {
            var memberPath = NoteStreamedMember(seen, BodyPath, name, reader.TokenOffset);
            if (name != "queryResults")
            {
                await SkipExtensionAsync(reader, memberPath, name, "an EPCISQueryDocument's epcisBody", ct);
                continue;
            }
            await ExpectAsync(reader, JsonTokenType.StartObject, memberPath, "queryResults must be an object", ct);
            await foreach (var rawEvent in ReadQueryResultsAsync(reader, memberPath, ct))
            {
                yield return rawEvent;
            }
        }
        RequireMember(seen, BodyPath, "queryResults", "an EPCISQueryDocument's epcisBody");
    }

    private async IAsyncEnumerable<RawEvent> ReadQueryResultsAsync(JsonChunkReader reader, JsonPath path,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await NextMemberAsync(reader, ct) is { } name)
        {
            var memberPath = NoteStreamedMember(seen, path, name, reader.TokenOffset);
            if (name == "resultsBody")
            {
                await ExpectAsync(reader, JsonTokenType.StartObject, memberPath, "resultsBody must be an object", ct);
                await foreach (var rawEvent in ReadEventListOwnerAsync(reader, memberPath, "a resultsBody", ct))
                {
                    yield return rawEvent;
                }
            }
            else if (DocumentRules.QueryResultsMembers.TryGetValue(name, out var rule))
            {
                await ReadStreamedObjectMemberAsync(reader, memberPath, rule, ct);
            }
            else
            {
                await SkipExtensionAsync(reader, memberPath, name, "queryResults", ct);
            }
        }
        RequireMember(seen, path, "queryName", "queryResults");
        RequireMember(seen, path, "resultsBody", "queryResults");
    }

    private async IAsyncEnumerable<RawEvent> ReadEventListAsync(JsonChunkReader reader, JsonPath listPath,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await ExpectAsync(reader, JsonTokenType.StartArray, listPath, "eventList must be an array", ct);
        for (var index = 0; ; index++)
        {
            var eventPath = listPath.Item(index);
            (context.Path, context.EventIndex) = (eventPath, index);
            var value = await reader.ReadValueAsync(options.MaxEventBytes, "this event", nameof(EpcisReaderOptions.MaxEventBytes), ct);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw context.Error(EpcisErrorKind.InvalidEvent, $"an event must be a JSON object, not {Describe(reader.TokenType)}", reader.TokenOffset);
            }
            yield return new RawEvent(index, eventPath, Compact(value.Span, reader.TokenOffset), reader.TokenOffset);
        }
        (context.Path, context.EventIndex) = (listPath, null);
    }

    private byte[] Compact(ReadOnlySpan<byte> value, long offset)
    {
        try
        {
            return EventCompactor.Compact(value, options.MaxDepth);
        }
        catch (InvalidOperationException)
        {
            throw context.Error(EpcisErrorKind.MalformedJson,
                "a string holds an unpaired surrogate escape (such as \\ud800 alone), which is not Unicode text", offset);
        }
    }

    /// <summary>Reads a small member of a streamed object whole and validates it.</summary>
    private async ValueTask ReadStreamedObjectMemberAsync(JsonChunkReader reader, JsonPath path, MemberRule rule, CancellationToken ct)
    {
        context.Path = path;
        var value = await reader.ReadValueAsync(options.MaxHeaderValueBytes, $"the value at {path}",
            nameof(EpcisReaderOptions.MaxHeaderValueBytes), ct);
        var element = ParseDocumentValue(value, path);
        try
        {
            rule(element, path);
        }
        catch (JsonRuleViolation violation)
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, violation.Path, violation.Reason);
        }
    }

    private async ValueTask SkipExtensionAsync(JsonChunkReader reader, JsonPath path, string name, string description, CancellationToken ct)
    {
        if (!UriSyntax.IsUri(name))
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, path,
                $"\"{name}\" is not a member of {description}; an extension member must be named by a URI or a prefix, such as \"example:{name}\"");
        }
        context.Path = path;
        await SkipValueAsync(reader, ct);
    }

    private JsonPath NoteStreamedMember(HashSet<string> seen, JsonPath path, string name, long offset)
    {
        var memberPath = path.Property(name);
        if (!seen.Add(name))
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, memberPath, $"\"{name}\" appears twice in the same object", offset);
        }
        return memberPath;
    }

    private void RequireMember(HashSet<string> seen, JsonPath path, string name, string description)
    {
        if (!seen.Contains(name))
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, path, $"{description} must have \"{name}\"");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
