using System.Text.Json;

namespace Anchor.Demo;

/// <summary>The parts of a sample's brands.json that the demo walks through.</summary>
public sealed record SampleBrand(string Slug, string Name, string Folder, IReadOnlyList<SampleBatch> Batches);

/// <summary>One batch of the sample, and the raw-material lot it was made from.</summary>
public sealed record SampleBatch(string Gtin, string Lot, string File, int Events);

public static class SampleManifest
{
    public static IReadOnlyList<SampleBrand> Read(string brandsFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(brandsFile));
        return [.. document.RootElement.GetProperty("brands").EnumerateArray().Select(b => new SampleBrand(
            b.GetProperty("slug").GetString()!, b.GetProperty("name").GetString()!, b.GetProperty("folder").GetString()!,
            [.. b.GetProperty("batches").EnumerateArray().Select(x => new SampleBatch(
                x.GetProperty("gtin").GetString()!, x.GetProperty("lot").GetString()!, x.GetProperty("file").GetString()!, x.GetProperty("events").GetInt32()))]))];
    }
}
