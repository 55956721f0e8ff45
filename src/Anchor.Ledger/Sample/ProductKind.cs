namespace Anchor.Ledger.Sample;

/// <summary>What a sample product is; decides its raw material, its QC method and its band.</summary>
internal enum ProductKind
{
    Probiotic,
    Vitamin,
    BotanicalExtract,
    SmartPillDispenser,
    HomeTherapyDevice,
}

/// <summary>The names the manifest (brands.json) uses.</summary>
internal static class ProductKindNames
{
    public static string Name(this ProductKind kind) => kind switch
    {
        ProductKind.Probiotic => "probiotic",
        ProductKind.Vitamin => "vitamin",
        ProductKind.BotanicalExtract => "botanical-extract",
        ProductKind.SmartPillDispenser => "smart-pill-dispenser",
        ProductKind.HomeTherapyDevice => "home-therapy-device",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsDevice(this ProductKind kind) =>
        kind is ProductKind.SmartPillDispenser or ProductKind.HomeTherapyDevice;
}
