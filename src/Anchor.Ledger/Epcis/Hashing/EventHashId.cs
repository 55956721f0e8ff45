using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The EPCIS Event Hash ID of GS1 CBV 2.0 (section "EPCIS Event Hash ID") for EPCIS 2.0 JSON and
/// JSON-LD events: a syntax-independent fingerprint of an event, written as
/// <c>ni:///sha-256;&lt;hex&gt;?ver=CBV2.0</c>. The same event yields the same ID whatever its field
/// order, identifier syntax (EPC URI or GS1 Digital Link), vocabulary notation (bare name, URN or
/// Web URI), time zone or number formatting; any change to its data changes the ID.
/// </summary>
/// <remarks>
/// The algorithm as implemented, with what it normalises and what it ignores, is described in
/// docs/epcis-event-hash.md. The GS1 reference vectors and the project's own are in the tests.
/// </remarks>
public static class EventHashId
{
    /// <summary>The algorithm version written into every hash ID.</summary>
    public const string Version = "CBV2.0";

    /// <summary>Computes the hash ID of one event.</summary>
    /// <param name="epcisEvent">One event object from an EPCIS document's <c>eventList</c>.</param>
    /// <param name="documentContext">
    /// The document's <c>@context</c> value, which defines the namespace prefixes of user extensions;
    /// null if the document has none. An <c>@context</c> inside the event extends it.
    /// </param>
    /// <param name="options">Extra fields to ignore; <see cref="EventHashOptions.Default"/> if null.</param>
    /// <exception cref="EventHashException">
    /// The event is not an object, has no type, or a standard field has an impossible JSON shape.
    /// </exception>
    public static EventHash Compute(JsonElement epcisEvent, JsonElement? documentContext, EventHashOptions? options = null) =>
        Compute(epcisEvent, JsonLdContext.Parse(documentContext), options);

    /// <summary>
    /// Computes the hash ID of one event with a context parsed once per document, which saves the
    /// parsing when a document holds many events.
    /// </summary>
    /// <exception cref="EventHashException">
    /// The event is not an object, has no type, or a standard field has an impossible JSON shape.
    /// </exception>
    public static EventHash Compute(JsonElement epcisEvent, JsonLdContext documentContext, EventHashOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documentContext);
        var context = documentContext;
        if (epcisEvent.ValueKind == JsonValueKind.Object && epcisEvent.TryGetProperty("@context", out var eventContext))
        {
            context = documentContext.Extend(eventContext);
        }
        var preHash = new PreHashBuilder(context, options ?? EventHashOptions.Default).Build(epcisEvent);
        return new EventHash(preHash, HashIdOf(preHash));
    }

    /// <summary>The hash ID of a pre-hash string: SHA-256 of its UTF-8 bytes, as an RFC 6920 'ni' URI.</summary>
    public static string HashIdOf(string preHash)
    {
        ArgumentNullException.ThrowIfNull(preHash);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var byteCount = Encoding.UTF8.GetByteCount(preHash);
        if (byteCount <= 1024)
        {
            Span<byte> utf8 = stackalloc byte[byteCount];
            Encoding.UTF8.GetBytes(preHash, utf8);
            SHA256.HashData(utf8, digest);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(preHash), digest);
        }
        return $"ni:///sha-256;{Convert.ToHexStringLower(digest)}?ver={Version}";
    }
}
