using System.Buffers;
using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Reads JSON from a stream a chunk at a time with <see cref="Utf8JsonReader"/>, so that memory is
/// bounded by the largest value held whole (an event), never by the input. It offers tokens one by
/// one (for the document's outer structure), whole values (an event, @context), and skipping a
/// value of any size. The buffer grows only as far as one value needs, up to a limit.
/// </summary>
/// <remarks>
/// Every byte is checked to be UTF-8 as it arrives (Utf8JsonReader does not check string contents).
/// A leading UTF-8 byte order mark is skipped. Positions reported are offsets from the start of the
/// input. Not thread-safe.
/// </remarks>
internal sealed partial class JsonChunkReader : IDisposable
{
    private readonly Stream _stream;
    private readonly ReadingContext _context;
    private readonly int _initialBytes;
    private readonly int _maxTokenBytes;
    private byte[] _buffer;
    private bool _bufferIsPooled = true;
    private int _start;            // first byte not yet consumed
    private int _end;              // end of the bytes read into the buffer
    private long _bufferOrigin;    // input offset of _buffer[0]
    private bool _finalBlock;      // the stream has ended
    private bool _sawToken;
    private bool _checkedForBom;
    private int _utf8CheckedUpTo;
    private JsonReaderState _state;
    private Stream? _recording;
    private int _recordFrom;

    /// <param name="stream">The input, read from its current position.</param>
    /// <param name="inputOffset">The offset of the stream's current position in the input, for messages.</param>
    /// <param name="context">Where the caller is in the document, for messages.</param>
    /// <param name="options">The limits: depth, largest token, initial buffer size.</param>
    public JsonChunkReader(Stream stream, long inputOffset, ReadingContext context, EpcisReaderOptions options)
    {
        _stream = stream;
        _context = context;
        _bufferOrigin = inputOffset;
        _initialBytes = options.ReadBufferBytes;
        _maxTokenBytes = options.MaxHeaderValueBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(_initialBytes);
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth });
    }

    /// <summary>The type of the last token read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The input offset of the last token's first byte.</summary>
    public long TokenOffset { get; private set; }

    /// <summary>The nesting depth of the last token (0 for the document's own braces).</summary>
    public int TokenDepth { get; private set; }

    /// <summary>The unescaped text of the last token if it is a property name or a string read by <see cref="ReadAsync"/>.</summary>
    public string? TokenText { get; private set; }

    /// <summary>The input offset of the next byte to read.</summary>
    public long Position => _bufferOrigin + _start;

    /// <summary>Reads the next token; false at the end of the input (after the document).</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        while (!TryReadToken())
        {
            if (_finalBlock)
            {
                return false;
            }
            await FillAsync(_maxTokenBytes, "a single JSON token", nameof(EpcisReaderOptions.MaxHeaderValueBytes), ct);
        }
        return true;
    }

    /// <summary>
    /// Reads the next value whole (a scalar, or an object or array with everything in it) and
    /// returns its bytes, which stay valid until the next call. If the next token ends the enclosing
    /// object or array instead, returns nothing and <see cref="TokenType"/> says so.
    /// </summary>
    /// <param name="maxBytes">The largest value accepted; a larger one is a <see cref="EpcisErrorKind.TooLarge"/> error.</param>
    /// <param name="what">How the message names the value: "this event".</param>
    /// <param name="limitName">The option that sets <paramref name="maxBytes"/>, for the message.</param>
    /// <param name="ct">Cancels the read.</param>
    public async ValueTask<ReadOnlyMemory<byte>> ReadValueAsync(int maxBytes, string what, string limitName, CancellationToken ct)
    {
        var (start, length) = (0, 0);
        while (!TryReadValue(ref start, ref length))
        {
            if (_finalBlock)
            {
                throw _context.Error(EpcisErrorKind.MalformedJson, "the input ends in the middle of the document", Position);
            }
            await FillAsync(maxBytes, what, limitName, ct);
        }
        return _buffer.AsMemory(start, length);
    }

    /// <summary>
    /// If the last token started an object or array, skips to its end, however large, holding one
    /// token at a time; otherwise does nothing.
    /// </summary>
    public async ValueTask SkipAsync(CancellationToken ct)
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }
        var depth = TokenDepth;
        while (!TrySkipTo(depth))
        {
            await FillAsync(_maxTokenBytes, "a single JSON token", nameof(EpcisReaderOptions.MaxHeaderValueBytes), ct);
        }
    }

    /// <summary>Reads past the document; throws if anything but whitespace follows it.</summary>
    public async ValueTask ExpectEndOfInputAsync(CancellationToken ct)
    {
        if (await ReadAsync(ct))
        {
            throw _context.Error(EpcisErrorKind.MalformedJson, JsonPath.Root,
                "unexpected content after the end of the document", TokenOffset);
        }
    }

    /// <summary>
    /// From the last token on, copies every byte consumed to <paramref name="sink"/> until
    /// <see cref="StopRecordingAsync"/>: this spools a value of a non-seekable input for a second pass.
    /// </summary>
    public void StartRecording(Stream sink)
    {
        _recording = sink;
        _recordFrom = (int)(TokenOffset - _bufferOrigin);
    }

    /// <summary>Writes the rest of the recorded bytes, up to the last token read, and stops recording.</summary>
    public async ValueTask StopRecordingAsync(CancellationToken ct)
    {
        await _recording!.WriteAsync(_buffer.AsMemory(_recordFrom, _start - _recordFrom), ct);
        await _recording.FlushAsync(ct);
        _recording = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_bufferIsPooled)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
        _buffer = [];
        _bufferIsPooled = false;
    }

    private ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);
}
