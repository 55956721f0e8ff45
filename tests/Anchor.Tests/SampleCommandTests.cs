using System.Security.Cryptography;
using Anchor.TestSupport;
using Xunit;
using Anchor.Cli;

namespace Anchor.Cli.Tests;

/// <summary><c>anchor sample</c>, run as a user would: output, summary, exit codes and error messages.</summary>
public sealed class SampleCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "anchor-sample-cli-" + Guid.NewGuid().ToString("N"));

    public SampleCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Writes_one_folder_per_brand_and_brands_json_and_prints_a_summary()
    {
        var output = Path.Combine(_temp, "sample");

        var result = await CliRunner.RunAsync("anchor", ["sample", "--out", output, "--batches", "30", "--seed", "9"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("brands     15", result.StandardOutput);
        Assert.Contains("batches    30", result.StandardOutput);
        Assert.Contains("events", result.StandardOutput);
        Assert.Contains("anchor ingest", result.StandardOutput);
        Assert.True(File.Exists(Path.Combine(output, "brands.json")));
        Assert.Equal(15, Directory.GetDirectories(output).Length);
        Assert.True(File.Exists(Path.Combine(output, "by-health", "epcis-00001.jsonld")));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_bytes()
    {
        var a = Path.Combine(_temp, "a");
        var b = Path.Combine(_temp, "b");

        Assert.Equal(0, (await CliRunner.RunAsync("anchor", ["sample", "--out", a, "--batches", "20", "--seed", "4"])).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("anchor", ["sample", "--out", b, "--batches", "20", "--seed", "4"])).ExitCode);

        Assert.Equal(Hashes(a), Hashes(b));
    }

    [Theory]
    [InlineData("0", 2)]        // ExitCodes.BadConfiguration: refused before anything is done
    [InlineData("-5", 2)]
    [InlineData("many", 1)]     // not a number: System.CommandLine's own parse error
    public async Task A_bad_batch_count_is_refused_and_nothing_is_written(string batches, int exitCode)
    {
        var result = await CliRunner.RunAsync("anchor", ["sample", "--out", Path.Combine(_temp, "x"), "--batches", batches]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains("--batches", result.StandardError);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }

    [Fact]
    public async Task A_document_size_too_small_for_a_batch_is_refused()
    {
        var result = await CliRunner.RunAsync("anchor", ["sample", "--out", Path.Combine(_temp, "x"), "--events-per-file", "10"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--events-per-file must be at least 20", result.StandardError);
    }

    [Fact]
    public async Task A_missing_output_folder_option_is_refused()
    {
        var result = await CliRunner.RunAsync("anchor", ["sample", "--batches", "5"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--out", result.StandardError);
    }

    [Fact]
    public async Task A_non_empty_folder_is_refused_with_exit_code_2_unless_forced()
    {
        var output = Path.Combine(_temp, "used");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "notes.txt"), "mine");

        var refused = await CliRunner.RunAsync("anchor", ["sample", "--out", output, "--batches", "15"]);
        var forced = await CliRunner.RunAsync("anchor", ["sample", "--out", output, "--batches", "15", "--force"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not empty", refused.StandardError);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "brands.json")));
        Assert.True(File.Exists(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public async Task An_unwritable_output_fails_with_exit_code_1_and_leaves_nothing()
    {
        var file = Path.Combine(_temp, "a-file");
        await File.WriteAllTextAsync(file, "");

        var result = await CliRunner.RunAsync("anchor", ["sample", "--out", Path.Combine(file, "sample"), "--batches", "15"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot write", result.StandardError);
        Assert.Equal([file], Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public async Task Help_describes_the_options()
    {
        var result = await CliRunner.RunAsync("anchor", ["sample", "--help"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--out", "--batches", "--seed", "--events-per-file", "--indent", "--force" })
        {
            Assert.Contains(option, result.StandardOutput);
        }
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
