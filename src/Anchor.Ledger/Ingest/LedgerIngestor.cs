using Anchor.Ledger.Entries;
using Anchor.Ledger.Epcis;
using Anchor.Ledger.Epcis.Hashing;
using Anchor.Ledger.Storage;

namespace Anchor.Ledger.Ingest;

/// <summary>
/// Ingests EPCIS 2.0 documents into a publisher's log. A document is atomic: it is read as a
/// stream inside one append session, and either every new event in it is committed (durably,
/// before the outcome is reported) or, on the first error, none is.
/// </summary>
public sealed class LedgerIngestor(ILedgerStore store, EpcisReaderOptions? readerOptions = null)
{
    /// <summary>Ingests one document for <paramref name="publisher"/>.</summary>
    public async Task<DocumentOutcome> IngestDocumentAsync(
        Publisher publisher, Stream document, string sourceName, CancellationToken cancellationToken = default)
    {
        var accepted = 0;
        var duplicates = 0;
        var seen = 0;
        try
        {
            await using var appender = await LogAppender.OpenAsync(store, publisher, cancellationToken);
            JsonLdContext? context = null;
            await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(document, sourceName, readerOptions, cancellationToken))
            {
                seen++;
                context ??= JsonLdContext.Parse(epcisEvent.DocumentContext);
                var hashId = ComputeHashId(epcisEvent, context);
                var declaredAt = DeclarationTime(epcisEvent);
                if (appender.Contains(hashId, declaredAt))
                {
                    duplicates++;
                    continue;
                }
                var batch = epcisEvent.Batch ?? throw new EpcisValidationException(
                    EpcisErrorKind.NoBatch, sourceName, epcisEvent.Index, epcisEvent.JsonPath, "the event names no batch (GTIN and lot)");
                appender.Append(new NewEntry(hashId, batch.Gtin14, batch.Lot, epcisEvent.EventType, epcisEvent.EventTime,
                    epcisEvent.Bytes, $"{sourceName} event {epcisEvent.Index}", declaredAt));
                accepted++;
            }
            await appender.CommitAsync(cancellationToken);
            return new DocumentOutcome(sourceName, accepted, duplicates, 0, null);
        }
        catch (EpcisValidationException e)
        {
            // The document stops at its first error; the events read up to it are what is known
            // to have been rejected with it.
            return new DocumentOutcome(sourceName, 0, 0, seen, e.Message);
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
