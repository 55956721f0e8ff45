namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1): the characters
/// allowed in alphanumeric AIs such as batch/lot (10) and serial (21). It is ASCII only:
/// <c>! " % &amp; ' ( ) * + , - . / 0-9 : ; &lt; = &gt; ? A-Z _ a-z</c>.
/// </summary>
public static class Gs1CharacterSet82
{
    /// <summary>True if <paramref name="c"/> belongs to character set 82.</summary>
    public static bool Contains(char c) =>
        c is '!' or '"' or (>= '%' and <= '?') or (>= 'A' and <= 'Z') or '_' or (>= 'a' and <= 'z');

    /// <summary>
    /// Why <paramref name="value"/> is not a valid alphanumeric AI value of at most
    /// <paramref name="maxLength"/> characters, or null if it is. <paramref name="what"/> names the
    /// value in the reason ("lot", "serial").
    /// </summary>
    public static string? DescribeProblem(string value, int maxLength, string what)
    {
        if (value.Length == 0)
        {
            return $"the {what} is empty";
        }
        if (value.Length > maxLength)
        {
            return $"the {what} \"{value}\" has {value.Length} characters; GS1 allows at most {maxLength}";
        }
        foreach (var c in value)
        {
            if (!Contains(c))
            {
                return $"the {what} \"{value}\" contains {Describe(c)}, which is not in GS1 AI character set 82";
            }
        }
        return null;
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";
}
