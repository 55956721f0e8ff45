using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>One product identifier found in one of an event's identifier lists.</summary>
/// <param name="List">The member it was found in: "epcList", "childQuantityList", "parentID", ….</param>
/// <param name="Path">Where: <c>$.epcisBody.eventList[2].quantityList[0].epcClass</c>.</param>
/// <param name="Identifier">What it names.</param>
internal sealed record IdentifierOccurrence(string List, JsonPath Path, ProductIdentifier Identifier);

/// <summary>The product identifiers of one event, and the lot its ILMD declares, if any.</summary>
/// <param name="EventType">The event type.</param>
/// <param name="EventPath">Where the event is.</param>
/// <param name="Occurrences">Every product identifier of the event, in document order.</param>
/// <param name="IlmdLot">The ILMD <c>cbvmda:lotNumber</c>, or null.</param>
/// <param name="IlmdLotPath">Where the ILMD lot is, or null.</param>
internal sealed record EventIdentifiers(
    string EventType,
    JsonPath EventPath,
    IReadOnlyList<IdentifierOccurrence> Occurrences,
    string? IlmdLot,
    JsonPath? IlmdLotPath);
