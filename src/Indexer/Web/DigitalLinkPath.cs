using Anchor.Ledger.ColdChain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Anchor.Indexer.Web;

/// <summary>
/// The batch a GS1 Digital Link path names: <c>/01/{gtin}/10/{lot}</c>, optionally followed by
/// <c>/21/{serial}</c>. A serial resolves to its lot (a resolver answers for the most specific
/// identifier it holds, and Anchor holds batches). The GTIN may have 8, 12, 13 or 14 digits and is
/// answered in its 14-digit form.
/// </summary>
/// <param name="Gtin">The GTIN-14.</param>
/// <param name="Lot">The lot, percent-decoded.</param>
/// <param name="Serial">The serial number, if the path carried one.</param>
public sealed record DigitalLinkPath(string Gtin, string Lot, string? Serial)
{
    /// <summary>
    /// Reads the request's path as it came on the wire. The router's decoded values cannot be
    /// used for the lot: Kestrel leaves <c>%2F</c> encoded but decodes <c>%25</c>, so a decoded
    /// lot could not tell "a/b" from "a%2Fb".
    /// </summary>
    /// <exception cref="WebRequestException">The path is not a batch's Digital Link (400), or names a product without a lot (404).</exception>
    public static DigitalLinkPath Of(HttpContext context)
    {
        var segments = RawPathSegments(context);
        if (segments.Count < 2 || segments[0] != "01") throw BadPath("it does not start with /01/{gtin}");
        var rest = segments.Skip(1).ToList();
        var gtin = Normalize(Uri.UnescapeDataString(rest[0]));
        string? lot = null;
        string? serial = null;
        for (var i = 1; i < rest.Count; i += 2)
        {
            if (i + 1 >= rest.Count) throw BadPath($"application identifier {rest[i]} has no value");
            var value = Uri.UnescapeDataString(rest[i + 1]);
            switch (rest[i])
            {
                case "10" when lot is null && serial is null:
                    lot = value;
                    break;
                case "21" when lot is not null && serial is null:
                    serial = value;
                    break;
                default:
                    throw BadPath($"/{rest[i]}/ is not expected there; Anchor resolves /01/{{gtin}}/10/{{lot}}, optionally with /21/{{serial}}");
            }
        }
        if (lot is null) throw new WebRequestException(StatusCodes.Status404NotFound, "no-lot", "No batch", $"GTIN {gtin} names a product; Anchor resolves batches: /01/{gtin}/10/{{lot}}");
        if (lot.Length == 0) throw new WebRequestException(StatusCodes.Status400BadRequest, "bad-lot", "Bad lot", "the lot is empty");
        return new DigitalLinkPath(gtin, lot, serial);
    }

    /// <summary>The path's segments, still percent-encoded, without the query and the application's path base.</summary>
    internal static List<string> RawPathSegments(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        string path;
        if (string.IsNullOrEmpty(raw)) path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        else if (raw.StartsWith('/')) path = raw.Split('?', 2)[0];
        else path = Uri.TryCreate(raw, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : raw;
        var pathBase = context.Request.PathBase.ToUriComponent();
        if (pathBase.Length > 0 && path.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase)) path = path[pathBase.Length..];
        return [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The GTIN-14 of <paramref name="gtin"/>.</summary>
    /// <exception cref="WebRequestException">400, naming the problem.</exception>
    public static string Normalize(string gtin)
    {
        try
        {
            return TemperatureBandPolicy.NormalizeGtin(gtin);
        }
        catch (FormatException e)
        {
            throw new WebRequestException(StatusCodes.Status400BadRequest, "bad-gtin", "Bad GTIN", $"GTIN: {e.Message}");
        }
    }

    private static WebRequestException BadPath(string why) =>
        new(StatusCodes.Status400BadRequest, "bad-digital-link", "Not a batch's Digital Link", $"the path is not a GS1 Digital Link of a batch: {why}");
}
