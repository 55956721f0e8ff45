using System.Text.Json;
using Anchor.Ledger.Sample;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>Where the sample goes: bounded documents, refusal of a used folder, all-or-nothing writes.</summary>
public class SampleOutputTests
{
    [Fact]
    public void Documents_hold_whole_batches_and_at_most_the_configured_number_of_events()
    {
        using var temp = new TempFolder();

        var result = SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Path, Batches = 300, Seed = 1, MaxEventsPerDocument = 60 });

        Assert.True(result.Documents > 15 * 2);
        var lotsSeen = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(temp.Path, "epcis-*.jsonld", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var events = document.RootElement.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray().ToList();
            Assert.InRange(events.Count, 1, 60);
            foreach (var evt in events)
            {
                var lot = BatchKey.LotIdentifiers(evt).First();
                Assert.Equal(file, lotsSeen.GetValueOrDefault(lot, file));
                lotsSeen[lot] = file;
            }
        }
    }

    [Fact]
    public void A_non_empty_folder_is_refused_and_left_untouched()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("notes.txt"), "mine");

        var error = Assert.Throws<SampleOutputException>(() =>
            SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Path, Batches = 15 }));

        Assert.Contains("--force", error.Message);
        Assert.Equal([temp.Combine("notes.txt")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Force_replaces_the_sample_and_its_stale_files_but_nothing_else()
    {
        using var temp = new TempFolder();
        SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Path, Batches = 150, MaxEventsPerDocument = 20 });
        var stale = Directory.GetFiles(temp.Combine("by-health")).Order(StringComparer.Ordinal).Last();
        Assert.NotEqual("epcis-00001.jsonld", Path.GetFileName(stale));
        File.WriteAllText(temp.Combine("notes.txt"), "mine");

        var result = SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Path, Batches = 15, Force = true });

        Assert.False(File.Exists(stale));
        Assert.Equal(["epcis-00001.jsonld"], Directory.GetFiles(temp.Combine("by-health")).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(temp.Combine("notes.txt")));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("brands.json")));
        Assert.Equal(result.Events, manifest.RootElement.GetProperty("events").GetInt64());
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(temp.Path)!, "." + Path.GetFileName(temp.Path) + "*"));
    }

    [Fact]
    public void A_cancelled_run_leaves_nothing_behind()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("sample");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SampleGenerator.Generate(new SampleOptions { OutputDirectory = target, Batches = 1000 }, cancel.Token));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("sample"), "");

        var error = Assert.Throws<SampleOutputException>(() =>
            SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Combine("sample"), Batches = 15 }));

        Assert.Contains("is a file", error.Message);
    }

    [Theory]
    [InlineData(0, 5000, "Batches")]
    [InlineData(-3, 5000, "Batches")]
    [InlineData(10, 19, "MaxEventsPerDocument")]
    public void Options_out_of_range_are_refused_by_name(int batches, int perDocument, string name)
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SampleGenerator.Generate(
            new SampleOptions { OutputDirectory = temp.Combine("x"), Batches = batches, MaxEventsPerDocument = perDocument }));

        Assert.Equal(name, error.ParamName);
        Assert.False(Directory.Exists(temp.Combine("x")));
    }

    [Fact]
    public void Fewer_batches_than_brands_still_gives_every_brand_a_folder()
    {
        using var temp = new TempFolder();

        var result = SampleGenerator.Generate(new SampleOptions { OutputDirectory = temp.Path, Batches = 4 });

        Assert.Equal(4, result.Batches);
        Assert.Equal(15, Directory.GetDirectories(temp.Path).Length);
        Assert.Empty(Directory.GetFiles(temp.Combine("dovecrest-nutrition")));
    }
}
