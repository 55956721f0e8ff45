using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Anchor.Indexer.Verification;

/// <summary>
/// ISO 8601 durations as a bundle's cold-chain claim writes them (<c>PT6H45M</c>, <c>P1DT2H</c>,
/// <c>PT0.5S</c>), read as the JavaScript verifier reads them: weeks, days, hours, minutes and
/// seconds, a day being 24 hours; years and months are refused because their length varies
/// (System.Xml's reader would accept them with an approximate length).
/// </summary>
internal static partial class IsoDuration
{
    [GeneratedRegex(@"^P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:[.,]([0-9]+))?S)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The duration in nanoseconds, or null if <paramref name="text"/> is not such a duration.</summary>
    public static BigInteger? ParseNanoseconds(string? text)
    {
        if (text is null || text.Length > 256 || text == "P" || text.EndsWith('T')) return null;
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        BigInteger Part(int group) => m.Groups[group].Success ? BigInteger.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : BigInteger.Zero;
        var fraction = BigInteger.Parse((m.Groups[6].Value + "000000000")[..9], CultureInfo.InvariantCulture);
        var seconds = (((Part(1) * 7 + Part(2)) * 24 + Part(3)) * 60 + Part(4)) * 60 + Part(5);
        return seconds * 1_000_000_000 + fraction;
    }

    /// <summary>The nanoseconds of a <see cref="TimeSpan"/>, for comparing with <see cref="ParseNanoseconds"/>.</summary>
    public static BigInteger Nanoseconds(TimeSpan span) => new BigInteger(span.Ticks) * 100;

    /// <summary>An ISO 8601 duration for messages, e.g. PT6H45M.</summary>
    public static string Format(TimeSpan span) => System.Xml.XmlConvert.ToString(span);
}
