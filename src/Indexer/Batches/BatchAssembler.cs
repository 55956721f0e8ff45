using System.Text.Json;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage;

namespace Anchor.Indexer.Batches;

/// <summary>
/// Gathers a batch's entries from the ledger and follows its TransformationEvents' inputs (the
/// same publisher's raw-material lots) so that the batch's record starts at cultivation. The one
/// place that answers "the entries of a batch, with its inputs": <c>indexer batch</c> and the
/// evidence bundle both use it.
/// </summary>
public sealed class BatchAssembler(ILedgerStore ledger)
{
    /// <summary>How many TransformationEvent steps are followed back; guards against cycles in bad data.</summary>
    public const int MaxInputDepth = 8;

    /// <summary>The batch in every publisher's log that holds it (normally one), each with its inputs.</summary>
    public async Task<IReadOnlyList<AssembledBatch>> FindAsync(BatchRef batch, CancellationToken cancellationToken = default)
    {
        var found = new List<AssembledBatch>();
        foreach (var publisher in await ledger.ListPublishersAsync(cancellationToken))
        {
            if (await AssembleAsync(publisher, batch, cancellationToken) is { } assembled) found.Add(assembled);
        }
        return found;
    }

    /// <summary>The batch in <paramref name="publisher"/>'s log with its inputs, or null if the log has no entry of it.</summary>
    /// <exception cref="InvalidDataException">A stored TransformationEvent is not a JSON object (the ledger is damaged).</exception>
    public async Task<AssembledBatch?> AssembleAsync(Publisher publisher, BatchRef batch, CancellationToken cancellationToken = default)
    {
        var entries = await ledger.ReadBatchAsync(publisher, batch.Key, cancellationToken);
        if (entries.Count == 0) return null;
        var inputs = new List<InputBatch>();
        var seen = new HashSet<(string, string)> { (batch.Gtin, batch.Lot) };
        var frontier = new List<(BatchRef Batch, IReadOnlyList<LedgerEntry> Entries)> { (batch, entries) };
        for (var depth = 1; depth <= MaxInputDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(BatchRef, IReadOnlyList<LedgerEntry>)>();
            foreach (var (consumer, consumerEntries) in frontier)
            {
                foreach (var transformation in consumerEntries.Where(e => e.EventType == "TransformationEvent"))
                {
                    foreach (var (gtin, lot) in InputsOf(transformation))
                    {
                        if (!seen.Add((gtin, lot))) continue;
                        var input = BatchRef.Of(gtin, lot);
                        var inputEntries = await ledger.ReadBatchAsync(publisher, input.Key, cancellationToken);
                        // An input that this log does not hold (bought in, recorded elsewhere) is not followed.
                        if (inputEntries.Count == 0) continue;
                        inputs.Add(new InputBatch(input, consumer, transformation.Index, depth, inputEntries));
                        next.Add((input, inputEntries));
                    }
                }
            }
            frontier = next;
        }
        return new AssembledBatch(publisher, batch, entries, inputs);
    }

    /// <summary>The batches a TransformationEvent entry lists as inputs.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are not a JSON object.</exception>
    public static IReadOnlyList<(string Gtin, string Lot)> InputsOf(LedgerEntry transformation)
    {
        ArgumentNullException.ThrowIfNull(transformation);
        try
        {
            // The same reading of input identifiers as the verifiers', so that every input lot a
            // bundle discloses is one they recognise as named by the batch's TransformationEvent.
            using var document = JsonDocument.Parse(transformation.EventBytes);
            return [.. LotIdentifiers.TransformationInputs(document.RootElement).Select(n => (n.Gtin, n.Lot)).Distinct()];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"ledger entry {transformation.Index} ({transformation.EventHashId}) does not hold a JSON event: {e.Message}", e);
        }
    }
}
