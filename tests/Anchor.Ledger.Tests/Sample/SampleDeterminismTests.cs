using System.Security.Cryptography;
using Anchor.Ledger.Sample;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>The same seed gives the same bytes; another seed gives other bytes.</summary>
public class SampleDeterminismTests
{
    [Fact]
    public void The_same_seed_gives_byte_identical_output_and_another_seed_does_not()
    {
        using var temp = new TempFolder();

        var first = Generate(temp.Combine("a"), seed: 42);
        var second = Generate(temp.Combine("b"), seed: 42);
        var other = Generate(temp.Combine("c"), seed: 43);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(first.Keys, other.Keys);   // same layout, different content
    }

    [Fact]
    public void Indentation_changes_the_presentation_not_the_content()
    {
        using var temp = new TempFolder();

        var compact = SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Combine("compact"), Batches = 30, Seed = 5 });
        var indented = SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Combine("indented"), Batches = 30, Seed = 5, Indented = true });

        Assert.Equal(compact.Events, indented.Events);
        Assert.True(indented.Bytes > compact.Bytes);
        var a = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("compact", "centrum", "epcis-00001.jsonld")));
        var b = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("indented", "centrum", "epcis-00001.jsonld")));
        Assert.True(System.Text.Json.JsonElement.DeepEquals(a.RootElement, b.RootElement));
    }

    private static Dictionary<string, string> Generate(string folder, int seed)
    {
        SampleGenerator.Generate(new SampleOptions { OutputDirectory = folder, Batches = 90, Seed = seed, MaxEventsPerDocument = 200 });
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }
}
