namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// The two EPC URNs of the GS1 EPC Tag Data Standard that name a trade item:
/// <c>urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot</c> (a GTIN and lot, used in
/// quantity lists) and <c>urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial</c> (one
/// instance). Neither writes the GTIN's check digit; it is computed here. The company prefix has
/// 6 to 12 digits and, with the indicator and item reference, always 13.
/// </summary>
internal static class EpcUrn
{
    private const string LgtinPrefix = "urn:epc:class:lgtin:";
    private const string SgtinPrefix = "urn:epc:id:sgtin:";
    private const int MaxComponentLength = 20;

    /// <summary>Reads <paramref name="uri"/> if it is an LGTIN or SGTIN URN.</summary>
    public static IdentifierReading Read(string uri)
    {
        if (uri.StartsWith(LgtinPrefix, StringComparison.Ordinal))
        {
            return Read(uri.AsSpan(LgtinPrefix.Length), "lot");
        }
        if (uri.StartsWith(SgtinPrefix, StringComparison.Ordinal))
        {
            return Read(uri.AsSpan(SgtinPrefix.Length), "serial");
        }
        return IdentifierReading.NotAProduct;
    }

    private static IdentifierReading Read(ReadOnlySpan<char> body, string componentName)
    {
        var firstDot = body.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : body[(firstDot + 1)..].IndexOf('.') + firstDot + 1;
        if (firstDot < 0 || secondDot <= firstDot)
        {
            return IdentifierReading.Invalid(
                $"expected CompanyPrefix.IndicatorItemReference.{Capitalised(componentName)} after the URN prefix");
        }
        var companyPrefix = body[..firstDot];
        var itemReference = body[(firstDot + 1)..secondDot];
        if (!Gtin.IsAllDigits(companyPrefix) || companyPrefix.Length is < 6 or > 12)
        {
            return IdentifierReading.Invalid($"company prefix \"{companyPrefix}\" is not 6 to 12 digits");
        }
        if (!Gtin.IsAllDigits(itemReference) || companyPrefix.Length + itemReference.Length != 13)
        {
            return IdentifierReading.Invalid(
                $"company prefix \"{companyPrefix}\" and indicator/item reference \"{itemReference}\" " +
                "must be 13 digits together");
        }
        var component = DecodeComponent(body[(secondDot + 1)..], componentName, out var problem);
        if (component is null)
        {
            return IdentifierReading.Invalid(problem!);
        }
        // The indicator digit leads the item reference in the URN but the GTIN in AI (01).
        var withoutCheck = string.Concat(itemReference[..1], companyPrefix, itemReference[1..]);
        var gtin14 = withoutCheck + Gs1CheckDigit.Compute(withoutCheck);
        return IdentifierReading.Valid(componentName == "lot"
            ? new ProductIdentifier(gtin14, Lot: component, Serial: null)
            : new ProductIdentifier(gtin14, Lot: null, Serial: component));
    }

    /// <summary>
    /// Decodes a TDS "GS3A3" component: letters, digits and <c>! ' ( ) * + , - . : ; = _</c> as
    /// they are, every other character of set 82 percent-encoded (<c>%22 %25 %26 %2F %3C %3E %3F</c>).
    /// </summary>
    private static string? DecodeComponent(ReadOnlySpan<char> encoded, string name, out string? problem)
    {
        foreach (var c in encoded)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "!'()*+,-.:;=_%".IndexOf(c) < 0)
            {
                problem = c is '"' or '&' or '/' or '<' or '>' or '?'
                    ? $"'{c}' in the {name} must be percent-encoded as %{(int)c:X2} in an EPC URN"
                    : $"the {name} contains '{c}', which an EPC URN cannot carry";
                return null;
            }
        }
        var decoded = PercentDecoding.Decode(encoded, out problem);
        if (decoded is null)
        {
            problem = $"the {name}: {problem}";
            return null;
        }
        problem = Gs1CharacterSet82.DescribeProblem(decoded, MaxComponentLength, name);
        return problem is null ? decoded : null;
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
