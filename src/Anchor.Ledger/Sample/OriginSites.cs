namespace Anchor.Ledger.Sample;

/// <summary>
/// The farms, culture plants and component suppliers of the scenario. Place names are real
/// regions; the sites themselves are invented.
/// </summary>
internal static class OriginSites
{
    private static readonly UtcOffsetRule China = UtcOffsetRule.Fixed(8);

    public static readonly OriginSite JilinGinsengFarm = new("Jilin ginseng farm", "CN", OriginKind.Harvest, China, 101);
    public static readonly OriginSite NingxiaGojiOrchard = new("Ningxia goji orchard", "CN", OriginKind.Harvest, China, 102);
    public static readonly OriginSite InnerMongoliaSeaBuckthorn = new("Inner Mongolia sea-buckthorn cooperative", "CN", OriginKind.Harvest, China, 103);
    public static readonly OriginSite YunnanReishiFarm = new("Yunnan reishi forest farm", "CN", OriginKind.Harvest, China, 104);
    public static readonly OriginSite ZhejiangTeaGarden = new("Zhejiang organic tea garden", "CN", OriginKind.Harvest, China, 105);
    public static readonly OriginSite FujianKelpFarm = new("Fujian kelp farm", "CN", OriginKind.Harvest, China, 106);
    public static readonly OriginSite ShandongOysterFarm = new("Shandong oyster farm", "CN", OriginKind.Harvest, China, 107);
    public static readonly OriginSite HeilongjiangEleutheroFarm = new("Heilongjiang eleuthero farm", "CN", OriginKind.Harvest, China, 108);
    public static readonly OriginSite GansuAstragalusFarm = new("Gansu astragalus farm", "CN", OriginKind.Harvest, China, 109);
    public static readonly OriginSite ZhejiangApiary = new("Zhejiang apiary", "CN", OriginKind.Harvest, China, 110);
    public static readonly OriginSite KeralaTurmericFarm = new("Kerala turmeric farm", "IN", OriginKind.Harvest, UtcOffsetRule.Fixed(5, 30), 111);
    public static readonly OriginSite JuninMacaFarm = new("Junín maca farm", "PE", OriginKind.Harvest, UtcOffsetRule.Fixed(-5), 112);
    public static readonly OriginSite PernambucoAcerolaOrchard = new("Pernambuco acerola orchard", "BR", OriginKind.Harvest, UtcOffsetRule.Fixed(-3), 113);
    public static readonly OriginSite BayOfPlentyKiwifruitOrchard = new("Bay of Plenty kiwifruit orchard", "NZ", OriginKind.Harvest, UtcOffsetRule.NewZealand, 114);
    public static readonly OriginSite WillametteElderberryFarm = new("Willamette Valley elderberry farm", "US", OriginKind.Harvest, UtcOffsetRule.UnitedStates(-8), 115);
    public static readonly OriginSite LaplandLichenHarvest = new("Lapland lichen harvest", "FI", OriginKind.Harvest, UtcOffsetRule.EuropeanUnion(2), 116);

    public static readonly OriginSite WuxiCulturePlant = new("Wuxi probiotic culture plant", "CN", OriginKind.Cultivation, China, 201);
    public static readonly OriginSite TianjinCulturePlant = new("Tianjin probiotic culture plant", "CN", OriginKind.Cultivation, China, 202);
    public static readonly OriginSite HainanMicroalgaePonds = new("Hainan microalgae ponds", "CN", OriginKind.Cultivation, China, 203);

    public static readonly OriginSite ShenzhenPcbPlant = new("Shenzhen PCB assembly plant", "CN", OriginKind.ComponentSourcing, China, 301);
    public static readonly OriginSite PenangElectrodePlant = new("Penang electrode pad plant", "MY", OriginKind.ComponentSourcing, UtcOffsetRule.Fixed(8), 302);
    public static readonly OriginSite DongguanBatteryPlant = new("Dongguan battery plant", "CN", OriginKind.ComponentSourcing, China, 303);
}
