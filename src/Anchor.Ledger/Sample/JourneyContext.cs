using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// What every step of one batch's journey shares: who, what, where, the identifiers of its two
/// lots (the raw-material lot and the finished lot), the random draws and the events so far.
/// </summary>
internal sealed class JourneyContext(
    SampleBrand brand, SampleProduct product, Market market, long batchIndex,
    string lot, string rawLot, ScenarioRandom random, SampleEventIds eventIds)
{
    private int _ordinal;

    public SampleBrand Brand => brand;
    public SampleProduct Product => product;
    public Market Market => market;
    public long BatchIndex => batchIndex;
    public ScenarioRandom Random => random;
    public IdentifierFormatter Ids { get; } = new(brand.Form);
    public List<SampleEvent> Events { get; } = [];

    /// <summary>The finished lot number (GS1 AI 10).</summary>
    public string Lot => lot;

    /// <summary>The raw-material lot number.</summary>
    public string RawLot => rawLot;

    /// <summary>The finished lot as an LGTIN URN or Digital Link URI.</summary>
    public string LotId => Ids.ProductLot(product.Gtin, lot);

    /// <summary>The raw-material lot as an LGTIN URN or Digital Link URI.</summary>
    public string RawLotId => Ids.ProductLot(product.RawMaterial.Gtin, rawLot);

    /// <summary>The pallet the finished lot ships on (one SSCC per batch).</summary>
    public string PalletId => Ids.LogisticUnit(Gs1Key.Sscc(brand.CompanyPrefix, batchIndex + 1));

    /// <summary>How much raw material was received: kilograms, or components for a device.</summary>
    public required QuantityElement RawQuantity { get; init; }

    /// <summary>How many units the finished lot holds.</summary>
    public required int Units { get; init; }

    /// <summary>The next event ID of this batch.</summary>
    public string NextEventId() => eventIds.For(brand.Index, batchIndex, _ordinal++);

    /// <summary>A document reference unique to this batch, such as "PO-2605-0000123".</summary>
    public string Reference(string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}{brand.Index:D2}{batchIndex:D7}");

    /// <summary>The finished lot, <paramref name="units"/> of it.</summary>
    public QuantityElement LotQuantity(int? units = null) => new(LotId, units ?? Units);

    public void Add(SampleEvent evt) => Events.Add(evt);
}
