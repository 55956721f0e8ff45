using Anchor.Ledger.Entries;
using Anchor.Ledger.Epcis;
using Anchor.Ledger.Epcis.Hashing;
using System.Threading.Channels;
using Anchor.Ledger.Storage;

namespace Anchor.Ledger.Ingest;

/// <summary>
/// Ingests EPCIS 2.0 documents into a publisher's log. A document is atomic: it is read as a
/// stream inside one append session, and either every new event in it is committed (durably,
/// before the outcome is reported) or, on the first error, none is.
/// </summary>
public sealed class LedgerIngestor(ILedgerStore store, EpcisReaderOptions? readerOptions = null)
{
    // Events cross from the reading stage to the writing stage in small batches: one hand-off
    // between threads per batch, not per event (per event, the two stages spent their time waking
    // each other). Memory stays bounded by a few batches however large the document is.
    private const int BatchSize = 32;
    private const int BatchesInFlight = 4;

    /// <summary>Ingests one document for <paramref name="publisher"/>.</summary>
    /// <remarks>
    /// Two stages run side by side: one reads, validates and hashes the events (pure CPU), the other
    /// appends them to the log (salt, leaf, tree, SQLite). Nothing is committed until both have
    /// finished without error, so the document stays atomic.
    /// </remarks>
    public async Task<DocumentOutcome> IngestDocumentAsync(
        Publisher publisher, Stream document, string sourceName, CancellationToken cancellationToken = default)
    {
        var accepted = 0;
        var duplicates = 0;
        var seen = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<HashedEvent[]>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAndHashAsync(document, sourceName, channel.Writer, stop.Token), stop.Token);
        try
        {
            await using var appender = await LogAppender.OpenAsync(store, publisher, cancellationToken);
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            foreach (var (epcisEvent, hashId, declaredAt) in batch)
            {
                seen++;
                if (appender.Contains(hashId, declaredAt))
                {
                    duplicates++;
                    continue;
                }
                var batchId = epcisEvent.Batch ?? throw new EpcisValidationException(
                    EpcisErrorKind.NoBatch, sourceName, epcisEvent.Index, epcisEvent.JsonPath, "the event names no batch (GTIN and lot)");
                appender.Append(new NewEntry(hashId, batchId.Gtin14, batchId.Lot, epcisEvent.EventType, epcisEvent.EventTime,
                    epcisEvent.Bytes, $"{sourceName} event {epcisEvent.Index}", declaredAt));
                accepted++;
            }
            await reading;
            await appender.CommitAsync(cancellationToken);
            return new DocumentOutcome(sourceName, accepted, duplicates, 0, null);
        }
        catch (EpcisValidationException e)
        {
            // The document stops at its first error; the events read up to it are what is known
            // to have been rejected with it.
            return new DocumentOutcome(sourceName, 0, 0, seen, e.Message);
        }
        finally
        {
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private sealed record HashedEvent(EpcisEvent Event, string HashId, DateTimeOffset? DeclaredAt);

    private async Task ReadAndHashAsync(Stream document, string sourceName, ChannelWriter<HashedEvent[]> output, CancellationToken cancellationToken)
    {
        var batch = new List<HashedEvent>(BatchSize);
        try
        {
            JsonLdContext? context = null;
            await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(document, sourceName, readerOptions, cancellationToken))
            {
                context ??= JsonLdContext.Parse(epcisEvent.DocumentContext);
                batch.Add(new HashedEvent(epcisEvent, ComputeHashId(epcisEvent, context), DeclarationTime(epcisEvent)));
                if (batch.Count == BatchSize)
                {
                    await output.WriteAsync([.. batch], cancellationToken);
                    batch.Clear();
                }
            }
            if (batch.Count > 0) await output.WriteAsync([.. batch], cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            // The writing stage sees the error when it drains the channel, and rolls back; it
            // counts the events read before the error as rejected with the document.
            if (e is EpcisValidationException && batch.Count > 0)
            {
                try
                {
                    await output.WriteAsync([.. batch], cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // The writing stage has stopped already.
                }
            }
            output.Complete(e);
        }
    }

    // An error declaration has the hash ID of the event it retracts; its declarationTime (required
    // by the schema, so the reader has validated it) tells the two apart.
    private static DateTimeOffset? DeclarationTime(EpcisEvent epcisEvent) =>
        epcisEvent.Element.TryGetProperty("errorDeclaration", out var declaration)
            ? DateTimeOffset.Parse(declaration.GetProperty("declarationTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static string ComputeHashId(EpcisEvent epcisEvent, JsonLdContext context)
    {
        try
        {
            return EventHashId.Compute(epcisEvent.Element, context).HashId;
        }
        catch (EventHashException e)
        {
            throw new EpcisValidationException(EpcisErrorKind.InvalidEvent, epcisEvent.SourceName, epcisEvent.Index, epcisEvent.JsonPath,
                $"cannot compute the event hash ID: {e.Message}");
        }
    }
}
