using System.Runtime.CompilerServices;
using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Walks an EPCIS document's outer structure with a <see cref="JsonChunkReader"/>: validates the
/// members around the body through <see cref="DocumentHeader"/>, and streams the events of the
/// body one at a time, as compact bytes, without holding the document.
/// </summary>
internal sealed partial class DocumentWalker(Stream input, ReadingContext context, EpcisReaderOptions options)
{
    /// <summary>The document's header, complete once the enumeration has ended.</summary>
    public DocumentHeader Header { get; } = new(context);

    /// <summary>
    /// The events of the document, in order. Errors are thrown as soon as they are found; a
    /// missing required header member is only known at the end, after the last event.
    /// </summary>
    public async IAsyncEnumerable<RawEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var origin = input.CanSeek ? input.Position : 0;
        DeferredBody? deferred = null;
        try
        {
            using (var reader = new JsonChunkReader(input, 0, context, options))
            {
                await ExpectAsync(reader, JsonTokenType.StartObject, JsonPath.Root, "an EPCIS document must be a JSON object", ct);
                while (await NextMemberAsync(reader, ct) is { } name)
                {
                    var path = JsonPath.Root.Property(name);
                    Header.Note(name, path, reader.TokenOffset);
                    if (name != DocumentRules.BodyMember)
                    {
                        await ReadHeaderMemberAsync(reader, name, path, ct);
                    }
                    else if (!Header.CanStreamBody)
                    {
                        await ExpectAsync(reader, JsonTokenType.StartObject, path, "epcisBody must be an object", ct);
                        deferred = await DeferredBody.SkipAsync(reader, input, origin, options.TemporaryDirectory, ct);
                    }
                    else
                    {
                        Header.ValidatePending();
                        await ExpectAsync(reader, JsonTokenType.StartObject, path, "epcisBody must be an object", ct);
                        await foreach (var rawEvent in ReadBodyAsync(reader, ct))
                        {
                            yield return rawEvent;
                        }
                    }
                }
                context.Path = JsonPath.Root;
                await reader.ExpectEndOfInputAsync(ct);
            }
            Header.Complete();
            if (deferred is not null)
            {
                using var replay = deferred.OpenReader(context, options);
                await ExpectAsync(replay, JsonTokenType.StartObject, JsonPath.Root.Property(DocumentRules.BodyMember), "epcisBody must be an object", ct);
                await foreach (var rawEvent in ReadBodyAsync(replay, ct))
                {
                    yield return rawEvent;
                }
            }
        }
        finally
        {
            if (deferred is not null)
            {
                await deferred.DisposeAsync();
            }
        }
    }

    private async ValueTask ReadHeaderMemberAsync(JsonChunkReader reader, string name, JsonPath path, CancellationToken ct)
    {
        context.Path = path;
        var value = await reader.ReadValueAsync(options.MaxHeaderValueBytes, $"the value of \"{name}\"",
            nameof(EpcisReaderOptions.MaxHeaderValueBytes), ct);
        Header.Accept(name, path, ParseDocumentValue(value, path));
    }

    private JsonElement ParseDocumentValue(ReadOnlyMemory<byte> value, JsonPath path)
    {
        try
        {
            return StrictJson.Parse(value.ToArray(), path, options.MaxDepth);
        }
        catch (JsonRuleViolation violation)
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, violation.Path, violation.Reason);
        }
    }

    /// <summary>The next member's name, or null at the end of the object.</summary>
    private static async ValueTask<string?> NextMemberAsync(JsonChunkReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return reader.TokenType == JsonTokenType.PropertyName ? reader.TokenText : null;
    }

    private async ValueTask ExpectAsync(JsonChunkReader reader, JsonTokenType expected, JsonPath path, string reason, CancellationToken ct)
    {
        context.Path = path;
        if (!await reader.ReadAsync(ct) || reader.TokenType != expected)
        {
            throw context.Error(EpcisErrorKind.InvalidDocument, path, $"{reason}, not {Describe(reader.TokenType)}", reader.TokenOffset);
        }
    }

    private static async ValueTask SkipValueAsync(JsonChunkReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        await reader.SkipAsync(ct);
    }
}
