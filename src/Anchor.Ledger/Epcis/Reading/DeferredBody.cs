namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// The body of a document whose <c>epcisBody</c> comes before its <c>@context</c> or <c>type</c>
/// (JSON does not order members, and serialisers that sort keys put "type" after "epcisBody").
/// The first pass skips the body and reads the rest of the document; the second pass reads the
/// body again from here: from the input itself when it can seek, or else from a temporary file
/// that the first pass filled as it skipped. Either way memory stays bounded, at the cost of
/// reading the body twice (and, for stdin, of disk space for it).
/// </summary>
internal sealed class DeferredBody : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly long _position;
    private readonly bool _ownsStream;

    private DeferredBody(Stream stream, long position, long inputOffset, bool ownsStream)
    {
        _stream = stream;
        _position = position;
        InputOffset = inputOffset;
        _ownsStream = ownsStream;
    }

    /// <summary>The input offset of the body's opening brace.</summary>
    public long InputOffset { get; }

    /// <summary>
    /// Skips the body whose opening brace <paramref name="reader"/> has just read, keeping what
    /// the second pass needs to read it again.
    /// </summary>
    public static async ValueTask<DeferredBody> SkipAsync(JsonChunkReader reader, Stream input, long inputOrigin,
        string? temporaryDirectory, CancellationToken ct)
    {
        var bodyOffset = reader.TokenOffset;
        if (input.CanSeek)
        {
            await reader.SkipAsync(ct);
            return new DeferredBody(input, inputOrigin + bodyOffset, bodyOffset, ownsStream: false);
        }
        var spool = new FileStream(
            Path.Combine(temporaryDirectory ?? Path.GetTempPath(), $"anchor-epcis-body-{Guid.NewGuid():N}.json"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            reader.StartRecording(spool);
            await reader.SkipAsync(ct);
            await reader.StopRecordingAsync(ct);
            return new DeferredBody(spool, 0, bodyOffset, ownsStream: true);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>A reader positioned at the body's opening brace.</summary>
    public JsonChunkReader OpenReader(ReadingContext context, EpcisReaderOptions options)
    {
        _stream.Position = _position;
        return new JsonChunkReader(_stream, InputOffset, context, options);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _ownsStream ? _stream.DisposeAsync() : ValueTask.CompletedTask;
}
