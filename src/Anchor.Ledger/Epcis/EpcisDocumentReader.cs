using System.Runtime.CompilerServices;
using Anchor.Ledger.Epcis.Reading;

namespace Anchor.Ledger.Epcis;

/// <summary>
/// Reads EPCIS 2.0 JSON and JSON-LD documents (EPCISDocument and EPCISQueryDocument) as a stream
/// of validated events. The rules, what is accepted and the batch rule are in docs/epcis-ingest.md.
/// </summary>
public static class EpcisDocumentReader
{
    /// <summary>
    /// Streams the events of one document, validating the document and each event strictly.
    /// Memory is bounded by the largest event (<see cref="EpcisReaderOptions.MaxEventBytes"/>),
    /// not by the document.
    /// </summary>
    /// <param name="utf8Json">
    /// The document, UTF-8, read from its current position to its end. It is not disposed. A
    /// seekable stream is read twice if its epcisBody comes before its @context or type; a
    /// non-seekable one is then spooled to a temporary file.
    /// </param>
    /// <param name="sourceName">What errors call the input: "shipments/2026-05.jsonld" or "&lt;stdin&gt;".</param>
    /// <param name="options">Limits and rules; null for <see cref="EpcisReaderOptions.Default"/>.</param>
    /// <param name="ct">Cancels the reading.</param>
    /// <returns>
    /// The events in document order. WARNING: the document is only valid if the enumeration
    /// completes. Any problem throws <see cref="EpcisValidationException"/> during enumeration, at
    /// or before the offending event, but some (a missing "schemaVersion" written after the body,
    /// trailing garbage) can only be found after the last event: a caller that stores events
    /// must commit them only once the enumeration has finished without an exception.
    /// </returns>
    /// <exception cref="EpcisValidationException">The document is malformed or breaks a rule.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IAsyncEnumerable<EpcisEvent> ReadEventsAsync(Stream utf8Json, string sourceName,
        EpcisReaderOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= EpcisReaderOptions.Default;
        options.Validate();
        return ReadAsync(utf8Json, sourceName, options, ct);
    }

    private static async IAsyncEnumerable<EpcisEvent> ReadAsync(Stream utf8Json, string sourceName, EpcisReaderOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var walker = new DocumentWalker(utf8Json, new ReadingContext(sourceName), options);
        await foreach (var rawEvent in walker.ReadEventsAsync(ct))
        {
            yield return EventMaterializer.Materialize(rawEvent, sourceName, walker.Header.Context!.Value, options);
        }
    }
}
