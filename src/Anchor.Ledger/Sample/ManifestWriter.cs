using System.Text.Encodings.Web;
using System.Text.Json;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes brands.json: for each brand its slug (folder and publisher name), display name, GS1
/// company prefix, identifier form, markets, products (GTIN-14, name, kind, temperature band, raw
/// material) and the batches written. docs/sample-data.md describes the format.
/// </summary>
internal static class ManifestWriter
{
    public const string FileName = "brands.json";
    public const int FormatVersion = 1;

    public static long Write(string folder, SampleOptions options, IReadOnlyList<BrandOutput> brands)
    {
        var path = Path.Combine(folder, FileName);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", FormatVersion);
            w.WriteString("scenario",
                "Export-traceability alliance of 15 health-supplement and medical-device brands (May 2026), " +
                "shipping from China to the EU, the US, Singapore and the UAE. Generated sample data.");
            w.WriteNumber("seed", options.Seed);
            w.WriteNumber("batches", brands.Sum(b => (long)b.Batches.Count));
            w.WriteNumber("events", brands.Sum(b => b.Events));
            w.WriteString("epcisContext", EpcisDocumentWriter.EpcisContext);
            w.WriteStartObject("extensionPrefixes");
            w.WriteString(SampleVocabulary.Prefix, SampleVocabulary.Iri);
            w.WriteEndObject();
            w.WriteStartArray("brands");
            foreach (var b in brands)
            {
                WriteBrand(w, b);
                w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.Length;
    }

    private static void WriteBrand(Utf8JsonWriter w, BrandOutput output)
    {
        var brand = output.Brand;
        w.WriteStartObject();
        w.WriteString("slug", brand.Slug);
        w.WriteString("name", brand.Name);
        w.WriteString("companyPrefix", brand.CompanyPrefix);
        w.WriteString("identifierForm", brand.Form == IdentifierForm.EpcUrn ? "epc-urn" : "digital-link");
        w.WriteString("folder", brand.Slug);
        w.WriteStartArray("markets");
        foreach (var m in brand.Markets) w.WriteStringValue(m.Code);
        w.WriteEndArray();
        w.WriteStartArray("products");
        foreach (var p in brand.Products)
        {
            w.WriteStartObject();
            w.WriteString("gtin", p.Gtin.Digits);
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind.Name());
            w.WriteString("category", p.Kind.IsDevice() ? "device" : "supplement");
            w.WriteStartObject("temperatureBand");
            w.WriteNumber("minCelsius", p.Band.MinCelsius);
            w.WriteNumber("maxCelsius", p.Band.MaxCelsius);
            w.WriteEndObject();
            w.WriteStartObject("rawMaterial");
            w.WriteString("gtin", p.RawMaterial.Gtin.Digits);
            w.WriteString("name", p.RawMaterial.Name);
            w.WriteString("origin", OriginName(p.RawMaterial.Origin.Kind));
            w.WriteString("originSite", p.RawMaterial.Origin.Name);
            w.WriteString("countryOfOrigin", p.RawMaterial.Origin.CountryCode);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("batches");
        foreach (var batch in output.Batches)
        {
            w.WriteStartObject();
            w.WriteString("gtin", batch.Gtin);
            w.WriteString("lot", batch.Lot);
            w.WriteStartObject("rawMaterial");
            w.WriteString("gtin", batch.RawMaterialGtin);
            w.WriteString("lot", batch.RawMaterialLot);
            w.WriteEndObject();
            w.WriteString("market", batch.Market);
            w.WriteString("file", batch.File);
            w.WriteNumber("events", batch.Events);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string OriginName(OriginKind kind) => kind switch
    {
        OriginKind.Harvest => "harvest",
        OriginKind.Cultivation => "cultivation",
        _ => "component-sourcing",
    };
}
