using Anchor.Ledger.ColdChain;
using static Anchor.Ledger.Sample.OriginSites;
using static Anchor.Ledger.Sample.Partners;

namespace Anchor.Ledger.Sample;

/// <summary>
/// The fifteen alliance members of the scenario: By-Health, Centrum and Harbin Pharmaceutical
/// Group, named in the alliance's announcement, and twelve invented brands. Products are generic
/// (nothing here says what a real brand makes); GS1 prefixes are all in the 952 demonstration range.
/// </summary>
internal static class BrandCatalog
{
    private static readonly TemperatureBand Refrigerated = TemperatureBand.Default;
    private static readonly TemperatureBand RoomTemperature = new(15m, 25m);
    private static readonly TemperatureBand DispenserStorage = new(10m, 30m);
    private static readonly TemperatureBand TherapyDeviceStorage = new(5m, 35m);

    private const string Gs1Temperature = "gs1:Temperature";
    private const string BareTemperature = "Temperature";

    /// <summary>The brands, in manifest order; a brand's <see cref="SampleBrand.Index"/> is its position.</summary>
    public static IReadOnlyList<SampleBrand> Brands { get; } =
    [
        Brand(0, "by-health", "By-Health", "9521001", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 15), Guangzhou,
            [NetherlandsImporter, NewJerseyImporter, SingaporeImporter, UaeImporter],
            new(1, "Probiotic powder sachets (L. rhamnosus)", ProductKind.Probiotic, Refrigerated,
                501, "Lacticaseibacillus rhamnosus culture concentrate", WuxiCulturePlant, "Lacticaseibacillus rhamnosus"),
            new(2, "Vitamin C chewable tablets (acerola)", ProductKind.Vitamin, RoomTemperature,
                502, "Acerola cherry powder", PernambucoAcerolaOrchard, "Malpighia emarginata fruit"),
            new(3, "Ginseng extract capsules", ProductKind.BotanicalExtract, RoomTemperature,
                503, "Panax ginseng root", JilinGinsengFarm, "Panax ginseng root, 5-year")),
        Brand(1, "centrum", "Centrum", "95210020", IdentifierForm.DigitalLink,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerElement, 30), Shanghai,
            [GermanyImporter, CaliforniaImporter, SingaporeImporter],
            new(1, "Multivitamin tablets", ProductKind.Vitamin, RoomTemperature,
                501, "Sea-buckthorn berry concentrate", InnerMongoliaSeaBuckthorn, "Hippophae rhamnoides berry"),
            new(2, "Vitamin D3 softgels (lichen source)", ProductKind.Vitamin, RoomTemperature,
                502, "Wild reindeer lichen", LaplandLichenHarvest, "Cladonia rangiferina thallus"),
            new(3, "Probiotic capsules (B. lactis)", ProductKind.Probiotic, Refrigerated,
                503, "Bifidobacterium lactis culture concentrate", TianjinCulturePlant, "Bifidobacterium animalis subsp. lactis")),
        Brand(2, "harbin-pharmaceutical", "Harbin Pharmaceutical Group", "952100300", IdentifierForm.EpcUrn,
            new(BareTemperature, "CEL", SensorLayout.TimePerReport, 20), Harbin,
            [SingaporeImporter, UaeImporter, NetherlandsImporter],
            new(1, "Calcium and vitamin D tablets (oyster shell)", ProductKind.Vitamin, RoomTemperature,
                501, "Oyster shell powder", ShandongOysterFarm, "Crassostrea gigas shell"),
            new(2, "Eleuthero root oral liquid", ProductKind.BotanicalExtract, RoomTemperature,
                502, "Eleuthero root", HeilongjiangEleutheroFarm, "Eleutherococcus senticosus root"),
            new(3, "Probiotic oral liquid", ProductKind.Probiotic, Refrigerated,
                503, "Lactobacillus acidophilus culture concentrate", TianjinCulturePlant, "Lactobacillus acidophilus")),
        Brand(3, "sunvarra-botanicals", "Sunvarra Botanicals", "9521004", IdentifierForm.DigitalLink,
            new(Gs1Temperature, "FAH", SensorLayout.TimePerReport, 20), Shenzhen,
            [NewJerseyImporter, CaliforniaImporter, GermanyImporter],
            new(1, "Turmeric extract capsules", ProductKind.BotanicalExtract, RoomTemperature,
                501, "Turmeric rhizome", KeralaTurmericFarm, "Curcuma longa rhizome"),
            new(2, "Maca root powder", ProductKind.BotanicalExtract, RoomTemperature,
                502, "Yellow maca root", JuninMacaFarm, "Lepidium meyenii hypocotyl"),
            new(3, "Reishi mushroom extract", ProductKind.BotanicalExtract, RoomTemperature,
                503, "Reishi fruiting bodies", YunnanReishiFarm, "Ganoderma lingzhi fruiting body")),
        Brand(4, "corvale-probiotics", "Corvale Probiotics", "95210050", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 15), Shanghai,
            [NetherlandsImporter, SingaporeImporter, UaeImporter],
            new(1, "Infant probiotic drops", ProductKind.Probiotic, Refrigerated,
                501, "Limosilactobacillus reuteri culture concentrate", WuxiCulturePlant, "Limosilactobacillus reuteri"),
            new(2, "Women's probiotic capsules", ProductKind.Probiotic, Refrigerated,
                502, "Lactobacillus crispatus culture concentrate", TianjinCulturePlant, "Lactobacillus crispatus"),
            new(3, "Synbiotic sachets (probiotic and inulin)", ProductKind.Probiotic, Refrigerated,
                503, "Bifidobacterium longum culture concentrate", WuxiCulturePlant, "Bifidobacterium longum")),
        Brand(5, "tessaline-nutrition", "Tessaline Nutrition", "9521006", IdentifierForm.DigitalLink,
            new(BareTemperature, "CEL", SensorLayout.TimePerElement, 30), Hangzhou,
            [GermanyImporter, SingaporeImporter, NewJerseyImporter],
            new(1, "Kiwifruit vitamin C powder", ProductKind.Vitamin, RoomTemperature,
                501, "Green kiwifruit", BayOfPlentyKiwifruitOrchard, "Actinidia deliciosa fruit"),
            new(2, "Elderberry and zinc gummies", ProductKind.Vitamin, RoomTemperature,
                502, "Elderberries", WillametteElderberryFarm, "Sambucus nigra berry"),
            new(3, "Sea-buckthorn vitamin E softgels", ProductKind.Vitamin, RoomTemperature,
                503, "Sea-buckthorn seed", InnerMongoliaSeaBuckthorn, "Hippophae rhamnoides seed")),
        Brand(6, "heronmark-vitamins", "Heronmark Vitamins", "952100700", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 20), Hangzhou,
            [UaeImporter, NetherlandsImporter, CaliforniaImporter],
            new(1, "Vitamin B complex tablets", ProductKind.Vitamin, RoomTemperature,
                501, "Quinoa sprout powder", JuninMacaFarm, "Chenopodium quinoa sprout"),
            new(2, "Fresh royal jelly capsules (chilled)", ProductKind.BotanicalExtract, Refrigerated,
                502, "Fresh royal jelly", ZhejiangApiary, "Apis mellifera royal jelly"),
            new(3, "Probiotic and vitamin D chewables", ProductKind.Probiotic, Refrigerated,
                503, "Lactobacillus plantarum culture concentrate", WuxiCulturePlant, "Lactiplantibacillus plantarum")),
        Brand(7, "qiaolin-herbworks", "Qiaolin Herbworks", "9521008", IdentifierForm.DigitalLink,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 15), Guangzhou,
            [SingaporeImporter, UaeImporter, GermanyImporter],
            new(1, "Goji berry extract", ProductKind.BotanicalExtract, RoomTemperature,
                501, "Dried goji berries", NingxiaGojiOrchard, "Lycium barbarum fruit"),
            new(2, "Fresh ginseng slices (chilled)", ProductKind.BotanicalExtract, Refrigerated,
                502, "Fresh ginseng root", JilinGinsengFarm, "Panax ginseng root, 4-year"),
            new(3, "Astragalus root granules", ProductKind.BotanicalExtract, RoomTemperature,
                503, "Astragalus root", GansuAstragalusFarm, "Astragalus mongholicus root")),
        Brand(8, "velmora-marine-nutrition", "Velmora Marine Nutrition", "95210090", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 30), Xiamen,
            [SingaporeImporter, CaliforniaImporter, NetherlandsImporter],
            new(1, "Spirulina tablets", ProductKind.BotanicalExtract, RoomTemperature,
                501, "Spirulina biomass", HainanMicroalgaePonds, "Limnospira platensis"),
            new(2, "Astaxanthin softgels (microalgae)", ProductKind.BotanicalExtract, RoomTemperature,
                502, "Haematococcus biomass", HainanMicroalgaePonds, "Haematococcus lacustris"),
            new(3, "Kelp iodine tablets", ProductKind.Vitamin, RoomTemperature,
                503, "Dried kelp", FujianKelpFarm, "Saccharina japonica blade")),
        Brand(9, "ambrisk-health-devices", "Ambrisk Health Devices", "9521010", IdentifierForm.DigitalLink,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerElement, 20), Shenzhen,
            [NewJerseyImporter, NetherlandsImporter, SingaporeImporter],
            new(1, "Smart pill dispenser (8-slot, connected)", ProductKind.SmartPillDispenser, DispenserStorage,
                501, "Dispenser control board assembly", ShenzhenPcbPlant, "PCBA, dispenser controller rev C"),
            new(2, "Probiotic refill capsules for smart dispensers", ProductKind.Probiotic, Refrigerated,
                502, "Lactobacillus rhamnosus culture concentrate", TianjinCulturePlant, "Lacticaseibacillus rhamnosus")),
        Brand(10, "orvanta-medhome", "Orvanta MedHome", "95210110", IdentifierForm.EpcUrn,
            new(BareTemperature, "FAH", SensorLayout.TimePerReport, 30), Shenzhen,
            [NewJerseyImporter, CaliforniaImporter, GermanyImporter, UaeImporter],
            new(1, "TENS pain-relief unit", ProductKind.HomeTherapyDevice, TherapyDeviceStorage,
                501, "Hydrogel electrode pad set", PenangElectrodePlant, "Electrode pads, 50 x 50 mm"),
            new(2, "Red-light therapy panel", ProductKind.HomeTherapyDevice, TherapyDeviceStorage,
                502, "LED driver board", ShenzhenPcbPlant, "PCBA, LED driver rev B"),
            new(3, "Smart pill dispenser (weekly, voice reminders)", ProductKind.SmartPillDispenser, DispenserStorage,
                503, "Lithium battery pack", DongguanBatteryPlant, "Li-ion pack 3.7 V 2600 mAh")),
        Brand(11, "kelpwise-naturals", "Kelpwise Naturals", "9521012", IdentifierForm.DigitalLink,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 20), Xiamen,
            [SingaporeImporter, NetherlandsImporter],
            new(1, "Kelp iodine drops", ProductKind.Vitamin, RoomTemperature,
                501, "Fresh kelp", FujianKelpFarm, "Saccharina japonica blade"),
            new(2, "Sea moss gel (chilled)", ProductKind.BotanicalExtract, Refrigerated,
                502, "Sea moss", FujianKelpFarm, "Chondrus crispus thallus")),
        Brand(12, "sabrelle-life-sciences", "Sabrelle Life Sciences", "952101300", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "CEL", SensorLayout.TimePerReport, 15), Shanghai,
            [GermanyImporter, UaeImporter, NewJerseyImporter],
            new(1, "High-potency probiotic capsules", ProductKind.Probiotic, Refrigerated,
                501, "Lactobacillus paracasei culture concentrate", WuxiCulturePlant, "Lacticaseibacillus paracasei"),
            new(2, "Smart pill dispenser (monthly)", ProductKind.SmartPillDispenser, DispenserStorage,
                502, "Dispenser control board assembly", ShenzhenPcbPlant, "PCBA, dispenser controller rev D")),
        Brand(13, "mingshu-organics", "Mingshu Organics", "9521014", IdentifierForm.DigitalLink,
            new(BareTemperature, "CEL", SensorLayout.TimePerReport, 30), Hangzhou,
            [GermanyImporter, NetherlandsImporter, SingaporeImporter],
            new(1, "Organic green tea extract", ProductKind.BotanicalExtract, RoomTemperature,
                501, "Green tea leaves", ZhejiangTeaGarden, "Camellia sinensis leaf"),
            new(2, "Organic goji powder", ProductKind.BotanicalExtract, RoomTemperature,
                502, "Dried goji berries", NingxiaGojiOrchard, "Lycium barbarum fruit")),
        Brand(14, "dovecrest-nutrition", "Dovecrest Nutrition", "95210150", IdentifierForm.EpcUrn,
            new(Gs1Temperature, "FAH", SensorLayout.TimePerElement, 20), Qingdao,
            [NewJerseyImporter, CaliforniaImporter, UaeImporter],
            new(1, "Elderberry vitamin C syrup", ProductKind.Vitamin, RoomTemperature,
                501, "Elderberries", WillametteElderberryFarm, "Sambucus nigra berry"),
            new(2, "Vitamin D3 and K2 drops (lichen source)", ProductKind.Vitamin, RoomTemperature,
                502, "Wild reindeer lichen", LaplandLichenHarvest, "Cladonia rangiferina thallus"),
            new(3, "Probiotic gummies", ProductKind.Probiotic, Refrigerated,
                503, "Bacillus coagulans culture concentrate", TianjinCulturePlant, "Heyndrickxia coagulans")),
    ];

    private static SampleBrand Brand(
        int index, string slug, string name, string prefix, IdentifierForm form, LoggerSettings logger,
        ExportPort port, IReadOnlyList<Market> markets, params ProductSpec[] products) =>
        new(index, slug, name, prefix, form, logger, port, markets,
            products.Select(p => new SampleProduct(p.Name, p.Kind, Gs1Key.Gtin(prefix, p.ItemReference), p.Band,
                new RawMaterial(p.RawName, Gs1Key.Gtin(prefix, p.RawItemReference), p.Origin, p.RawDetail))).ToList());

    private sealed record ProductSpec(
        int ItemReference, string Name, ProductKind Kind, TemperatureBand Band,
        int RawItemReference, string RawName, OriginSite Origin, string RawDetail);
}
