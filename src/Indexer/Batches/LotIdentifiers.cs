using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Indexer.Batches;

/// <summary>A batch named by an identifier: its GTIN-14 and lot (percent-decoded), and a serial if the identifier has one.</summary>
public sealed record NamedLot(string Gtin, string Lot, string? Serial);

/// <summary>
/// Reads the identifiers that name a lot: the batch's GS1 Digital Link URI (SPEC section 6) and
/// the LGTIN class URIs and Digital Links of a TransformationEvent's inputs. The patterns are the
/// JavaScript verifier's (src/verifier-js/lib/gs1.js), written with explicit character classes
/// where .NET and JavaScript disagree (\s, \d, '.', '$'), so that both accept the same URIs.
/// </summary>
public static partial class LotIdentifiers
{
    private const int MaxUriLength = 2048;

    // JavaScript's \s: its white space and line terminators.
    private const string JsSpace = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    [GeneratedRegex($@"^https?://[^/?#{JsSpace}]+(?:/[^?#{JsSpace}]*)?/01/([0-9]{{14}})(?:/22/[^/?#{JsSpace}]+)?/10/([^/?#{JsSpace}]+)(?:/21/([^/?#{JsSpace}]+))?/?(?:[?#][^\n\r\u2028\u2029]*)?\z",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitalLinkPattern();

    [GeneratedRegex(@"^urn:epc:class:lgtin:([0-9]{6,12})\.([0-9]{1,7})\.([^\n\r\u2028\u2029]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex LgtinPattern();

    /// <summary>Reads http(s)://host/…/01/{gtin}/10/{lot}[/21/{serial}]; null if <paramref name="uri"/> is not such a link.</summary>
    /// <summary>The GTIN-14 and lot an LGTIN class URI or a Digital Link with /10/ names; false for any other identifier.</summary>
    public static bool TryRead(string identifier, out string gtin14, out string lot)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var named = ReadLgtin(identifier) ?? ReadDigitalLink(identifier);
        (gtin14, lot) = named is null ? ("", "") : (named.Gtin, named.Lot);
        return named is not null;
    }

    public static NamedLot? ReadDigitalLink(string uri)
    {
        if (uri.Length > MaxUriLength) return null;
        Match m;
        try
        {
            m = DigitalLinkPattern().Match(uri);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        if (!m.Success) return null;
        var lot = PercentDecode(m.Groups[2].Value);
        var serial = m.Groups[3].Success ? PercentDecode(m.Groups[3].Value) : null;
        if (lot is null || (m.Groups[3].Success && serial is null)) return null;
        return new NamedLot(m.Groups[1].Value, lot, serial);
    }

    /// <summary>Reads urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot; null if it is not one.</summary>
    public static NamedLot? ReadLgtin(string uri)
    {
        if (uri.Length > MaxUriLength) return null;
        var m = LgtinPattern().Match(uri);
        if (!m.Success || m.Groups[1].Length + m.Groups[2].Length != 13) return null;
        var item = m.Groups[2].Value;
        var gtin13 = item[0] + m.Groups[1].Value + item[1..];
        var lot = PercentDecode(m.Groups[3].Value);
        return lot is null ? null : new NamedLot(Gs1CheckDigit.Append(gtin13), lot, null);
    }

    /// <summary>The lots a TransformationEvent's inputs name (inputEPCList and inputQuantityList's epcClass).</summary>
    public static IEnumerable<NamedLot> TransformationInputs(JsonElement transformationEvent)
    {
        var identifiers = new List<string>();
        if (transformationEvent.TryGetProperty("inputEPCList", out var epcs) && epcs.ValueKind == JsonValueKind.Array)
        {
            identifiers.AddRange(epcs.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
        if (transformationEvent.TryGetProperty("inputQuantityList", out var quantities) && quantities.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in quantities.EnumerateArray())
            {
                if (q.ValueKind == JsonValueKind.Object && q.TryGetProperty("epcClass", out var c) && c.ValueKind == JsonValueKind.String)
                {
                    identifiers.Add(c.GetString()!);
                }
            }
        }
        return identifiers.Select(id => ReadLgtin(id) ?? ReadDigitalLink(id)).OfType<NamedLot>();
    }

    /// <summary>
    /// JavaScript's decodeURIComponent: %XX sequences are UTF-8 bytes, and a malformed escape or
    /// invalid UTF-8 makes the whole value unreadable (null). Uri.UnescapeDataString would leave
    /// such sequences as they are instead.
    /// </summary>
    public static string? PercentDecode(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal)) return text;
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var result = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] != '%')
            {
                result.Append(text[i++]);
                continue;
            }
            bytes.Clear();
            while (i < text.Length && text[i] == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2])) return null;
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 3;
            }
            try
            {
                result.Append(strict.GetString([.. bytes]));
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
        return result.ToString();
    }
}
