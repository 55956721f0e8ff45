namespace Anchor.Ledger.Epcis;

/// <summary>Limits and rules for <see cref="EpcisDocumentReader"/>.</summary>
/// <param name="MaxEventBytes">
/// The largest event, in bytes as written in the input, that is read; a larger one is rejected
/// (<see cref="EpcisErrorKind.TooLarge"/>). Memory use is bounded by this, not by the document.
/// </param>
/// <param name="MaxDepth">The deepest nesting of JSON objects and arrays accepted anywhere in the document.</param>
/// <param name="MaxHeaderValueBytes">
/// The largest value outside the events that is held in memory whole (<c>@context</c>,
/// <c>epcisHeader</c> with its master data, a query's <c>vocabularyList</c>), and the largest single
/// JSON token anywhere.
/// </param>
/// <param name="RequireBatch">
/// True (the ledger's rule): every event must name exactly one batch, or the document is rejected.
/// False: events are only checked against EPCIS 2.0, and <see cref="EpcisEvent.Batch"/> is null when
/// the event names no single batch. Identifiers must still be well-formed.
/// </param>
/// <param name="ReadBufferBytes">The size of the chunks read from the input; the buffer grows past it only for a large event.</param>
/// <param name="TemporaryDirectory">
/// Where a non-seekable input (stdin) is spooled when its <c>epcisBody</c> comes before its
/// <c>@context</c> or <c>type</c>; null for the system's temporary folder.
/// </param>
public sealed record EpcisReaderOptions(
    int MaxEventBytes = 8 * 1024 * 1024,
    int MaxDepth = 64,
    int MaxHeaderValueBytes = 8 * 1024 * 1024,
    bool RequireBatch = true,
    int ReadBufferBytes = 256 * 1024,
    string? TemporaryDirectory = null)
{
    /// <summary>The defaults: 8 MiB events, depth 64, batches required.</summary>
    public static EpcisReaderOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> if a limit is not positive.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventBytes, 2, nameof(MaxEventBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 4, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeaderValueBytes, 2, nameof(MaxHeaderValueBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReadBufferBytes, 16, nameof(ReadBufferBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEventBytes, Array.MaxLength / 2, nameof(MaxEventBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxHeaderValueBytes, Array.MaxLength / 2, nameof(MaxHeaderValueBytes));
    }
}
