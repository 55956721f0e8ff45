using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Anchor.Indexer.Web;

/// <summary>What a Digital Link request is answered with.</summary>
public enum ResolverAnswer
{
    /// <summary>The verify page (text/html): the default link, for people.</summary>
    Page,

    /// <summary>The evidence bundle (application/json): the <c>gs1:traceability</c> link, for machines.</summary>
    Bundle,

    /// <summary>The RFC 9264 linkset of every link (application/linkset+json): <c>linkType=all</c>.</summary>
    Linkset,
}

/// <summary>
/// Chooses the answer to a Digital Link request by the GS1-Conformant Resolver conventions, for a
/// resolver that serves its own content instead of redirecting. An explicit <c>linkType</c> wins:
/// <c>gs1:traceability</c> gives the bundle, <c>all</c> the linkset, <c>gs1:defaultLink</c> the
/// page. Otherwise (no linkType, or one Anchor has no link for) the Accept header decides between
/// the page and the bundle, and the default link, the page, wins every tie: a browser's
/// <c>text/html,…,*/*;q=0.8</c> and curl's <c>*/*</c> get the page, <c>application/json</c> and
/// <c>application/json, */*</c> the bundle.
/// </summary>
public static class ResolverNegotiation
{
    /// <summary>The link type of the evidence bundle, as a compact IRI.</summary>
    public const string TraceabilityLinkType = "gs1:traceability";

    /// <summary>The GS1 Web Vocabulary namespace that link types are IRIs in.</summary>
    public const string Gs1Vocabulary = "https://gs1.org/voc/";

    /// <summary>The media type of a linkset (RFC 9264).</summary>
    public const string LinksetMediaType = "application/linkset+json";

    /// <summary>Chooses the answer for a request's <c>linkType</c> query value and Accept header values.</summary>
    public static ResolverAnswer Choose(string? linkType, StringValues accept)
    {
        switch (LinkTypeTerm(linkType))
        {
            case "traceability":
                return ResolverAnswer.Bundle;
            case "all":
                return ResolverAnswer.Linkset;
            case "defaultLink" or "defaultLinkMulti":
                return ResolverAnswer.Page;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return ResolverAnswer.Page;
        var linkset = Preference(ranges, "application", "linkset+json", wildcards: false);
        var json = Preference(ranges, "application", "json", wildcards: true);
        var html = Preference(ranges, "text", "html", wildcards: true);
        // A linkset is only sent to those who name it: a wildcard is not a request for one.
        if (linkset.Quality > 0 && linkset.CompareTo(html) > 0 && linkset.CompareTo(json) >= 0) return ResolverAnswer.Linkset;
        return json.Quality > 0 && json.CompareTo(html) > 0 ? ResolverAnswer.Bundle : ResolverAnswer.Page;
    }

    /// <summary>
    /// The term of a GS1 link type in any of its spellings ("gs1:traceability",
    /// "https://gs1.org/voc/traceability", "https://ref.gs1.org/voc/traceability"), "all", or
    /// null for no link type.
    /// </summary>
    public static string? LinkTypeTerm(string? linkType)
    {
        if (string.IsNullOrWhiteSpace(linkType)) return null;
        var value = linkType.Trim();
        foreach (var prefix in new[] { "gs1:", Gs1Vocabulary, "http://gs1.org/voc/", "https://ref.gs1.org/voc/", "https://www.gs1.org/voc/" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return value[prefix.Length..];
        }
        return value;
    }

    // The quality the client gives a media type: that of the most specific range matching it
    // (RFC 9110 section 12.5.1), with how specific that range is, to break ties between an
    // explicitly named type and a wildcard.
    private static Preference Preference(IList<MediaTypeHeaderValue> ranges, string type, string subtype, bool wildcards)
    {
        var best = new Preference(0, -1);
        foreach (var range in ranges)
        {
            var rangeType = range.Type.Value ?? "";
            var rangeSubtype = range.SubType.Value ?? "";
            int specificity;
            if (rangeType.Equals(type, StringComparison.OrdinalIgnoreCase) && rangeSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase)) specificity = 2;
            else if (wildcards && rangeType.Equals(type, StringComparison.OrdinalIgnoreCase) && rangeSubtype == "*") specificity = 1;
            else if (wildcards && rangeType == "*" && rangeSubtype == "*") specificity = 0;
            else continue;
            if (specificity > best.Specificity) best = new Preference(range.Quality ?? 1.0, specificity);
        }
        return best;
    }
}

/// <summary>How much a client wants a media type, and how specifically it said so.</summary>
internal readonly record struct Preference(double Quality, int Specificity) : IComparable<Preference>
{
    public int CompareTo(Preference other)
    {
        var byQuality = Quality.CompareTo(other.Quality);
        return byQuality != 0 ? byQuality : Specificity.CompareTo(other.Specificity);
    }
}
