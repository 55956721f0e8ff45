using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// Collects the product identifiers of a validated event from all its identifier lists, and
/// rejects any that is written in a GS1 product form but breaks it (a Digital Link with a wrong
/// check digit, an LGTIN URN with 14 digits, a lot with a character outside set 82). This runs
/// whether or not a batch is required: a malformed GS1 identifier is never stored.
/// </summary>
internal static class EventIdentifierReader
{
    /// <summary>The members holding EPC lists (arrays of URIs).</summary>
    public static readonly string[] EpcLists = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"];

    /// <summary>The members holding quantity lists (arrays of {epcClass, quantity, uom}).</summary>
    public static readonly string[] QuantityLists = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

    /// <summary>The ILMD keys for the CBV master-data attribute lotNumber: compact and expanded.</summary>
    public static readonly string[] IlmdLotKeys = ["cbvmda:lotNumber", "urn:epcglobal:cbv:mda:lotNumber"];

    /// <summary>Reads the identifiers of <paramref name="value"/>, a validated event of type <paramref name="eventType"/>.</summary>
    public static EventIdentifiers Read(JsonElement value, JsonPath path, string eventType)
    {
        var occurrences = new List<IdentifierOccurrence>();
        foreach (var list in EpcLists)
        {
            if (value.TryGetProperty(list, out var uris))
            {
                var index = 0;
                foreach (var uri in uris.EnumerateArray())
                {
                    Add(occurrences, list, path.Property(list).Item(index++), uri);
                }
            }
        }
        foreach (var list in QuantityLists)
        {
            if (value.TryGetProperty(list, out var elements))
            {
                var index = 0;
                foreach (var element in elements.EnumerateArray())
                {
                    Add(occurrences, list, path.Property(list).Item(index++).Property("epcClass"), element.GetProperty("epcClass"));
                }
            }
        }
        if (value.TryGetProperty("parentID", out var parent))
        {
            Add(occurrences, "parentID", path.Property("parentID"), parent);
        }
        var (ilmdLot, ilmdLotPath) = ReadIlmdLot(value, path);
        return new EventIdentifiers(eventType, path, occurrences, ilmdLot, ilmdLotPath);
    }

    private static void Add(List<IdentifierOccurrence> occurrences, string list, JsonPath path, JsonElement uri)
    {
        var text = uri.GetString()!;
        var reading = ProductIdentifiers.Read(text);
        if (reading.Problem is not null)
        {
            throw new JsonRuleViolation(path, $"{ValueText.Quote(text)}: {reading.Problem}", EpcisErrorKind.InvalidIdentifier);
        }
        if (reading.Identifier is not null)
        {
            occurrences.Add(new IdentifierOccurrence(list, path, reading.Identifier));
        }
    }

    private static (string? Lot, JsonPath? Path) ReadIlmdLot(JsonElement value, JsonPath path)
    {
        if (!value.TryGetProperty("ilmd", out var ilmd))
        {
            return (null, null);
        }
        string? lot = null;
        JsonPath? lotPath = null;
        foreach (var key in IlmdLotKeys)
        {
            if (!ilmd.TryGetProperty(key, out var member))
            {
                continue;
            }
            var memberPath = path.Property("ilmd").Property(key);
            var text = JsonRules.RequireString(member, memberPath, "a string (a GS1 batch/lot)");
            if (Gs1CharacterSet82.DescribeProblem(text, 20, "lot") is { } problem)
            {
                throw new JsonRuleViolation(memberPath, problem, EpcisErrorKind.InvalidIdentifier);
            }
            if (lot is not null && lot != text)
            {
                throw new JsonRuleViolation(memberPath, $"names lot {ValueText.Quote(text)} but {lotPath} names {ValueText.Quote(lot)}");
            }
            (lot, lotPath) = (text, memberPath);
        }
        return (lot, lotPath);
    }
}
