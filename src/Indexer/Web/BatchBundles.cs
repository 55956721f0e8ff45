using Anchor.Indexer.Configuration;
using Anchor.Indexer.Storage;
using Anchor.Indexer.Tags;
using Anchor.Ledger.Storage;
using Microsoft.AspNetCore.Http;

namespace Anchor.Indexer.Web;

/// <summary>
/// Evidence bundles for the resolver, built on every request from the ledger and the index as
/// they are now: a bundle is never staler than the index, and there is no cache to go stale when
/// a new anchor or a recall is indexed. (Building one takes milliseconds.) A batch that cannot
/// have a tag gets the HTTP answer that says why.
/// </summary>
public sealed class BatchBundles(ILedgerStore ledger, IIndexReader index, IndexerSettings settings, TagOptions tags)
{
    /// <summary>The batch's evidence bundle and Digital Link.</summary>
    /// <exception cref="WebRequestException">400 for a malformed batch, 404 when no ledger holds it, 409 when it has no tag yet (not anchored, a root mismatch, several publishers).</exception>
    public async Task<IssuedTag> BuildAsync(string gtin, string lot, string? publisher, CancellationToken cancellationToken)
    {
        var builder = new EvidenceBundleBuilder(ledger, index, settings.TemperatureBands, tags, settings.Anchor.Chain.ExplorerUrl);
        try
        {
            return await builder.BuildAsync(gtin, lot, publisher, refresh: null, cancellationToken);
        }
        catch (TagException e)
        {
            throw Answer(e);
        }
    }

    /// <summary>The HTTP answer to a batch that has no tag.</summary>
    public static WebRequestException Answer(TagException e) => e.Kind switch
    {
        TagProblemKind.BadBatch => new WebRequestException(StatusCodes.Status400BadRequest, "bad-batch", "Bad batch", e.Message),
        TagProblemKind.NotFound => new WebRequestException(StatusCodes.Status404NotFound, "not-found", "Unknown batch", e.Message),
        TagProblemKind.NotAnchored => new WebRequestException(StatusCodes.Status409Conflict, "not-anchored", "Not anchored yet", e.Message),
        TagProblemKind.RootMismatch => new WebRequestException(StatusCodes.Status409Conflict, "root-mismatch", "Root mismatch", e.Message),
        TagProblemKind.Ambiguous => new WebRequestException(StatusCodes.Status409Conflict, "ambiguous", "Several publishers",
            e.Message.Replace("name one with --publisher", "name one with ?publisher=NAME", StringComparison.Ordinal)),
        _ => new WebRequestException(StatusCodes.Status400BadRequest, "bad-request", "Bad request", e.Message),
    };
}
