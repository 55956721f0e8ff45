using Anchor.Ledger.ColdChain;

namespace Anchor.Ledger.Sample;

/// <summary>The raw material a product is made from, with its own GTIN under the brand's prefix.</summary>
internal sealed record RawMaterial(string Name, Gs1Key Gtin, OriginSite Origin, string Detail);

/// <summary>
/// A finished product: its GTIN, kind, the temperature band its cold chain is judged against,
/// and its raw material.
/// </summary>
internal sealed record SampleProduct(string Name, ProductKind Kind, Gs1Key Gtin, TemperatureBand Band, RawMaterial RawMaterial);
