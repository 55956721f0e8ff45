using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Commands;

public class CommandLineTests
{
    [Fact]
    public async Task Help_describes_the_tool_and_exits_zero()
    {
        var result = await CliRunner.RunAsync("indexer", ["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("traceability tags", result.StandardOutput);
        foreach (var command in new[] { "run", "status", "anchors", "batch" }) Assert.Contains(command, result.StandardOutput);
    }

    [Theory]
    [InlineData("Indexer__MaxBlockRange", "0", "Indexer:MaxBlockRange (ANCHOR__Indexer__MaxBlockRange): 0 must be 1 or more")]
    [InlineData("Indexer__ReorgWindow", "many", "Indexer")]
    [InlineData("Indexer__ColdChain__Gtins__12345__MinCelsius", "2", "Indexer:ColdChain:Gtins:12345 (ANCHOR__Indexer__ColdChain__Gtins__12345)")]
    [InlineData("Indexer__ColdChain__BrandsFile", "/no/such/brands.json", "Indexer:ColdChain:BrandsFile (ANCHOR__Indexer__ColdChain__BrandsFile): /no/such/brands.json does not exist")]
    [InlineData("Indexer__Unknown", "1", "Unknown")]
    public async Task Bad_indexer_configuration_names_the_key_and_exits_2(string variable, string value, string expected)
    {
        var result = await CliRunner.RunAsync("indexer", ["status"], new Dictionary<string, string?> { ["ANCHOR__" + variable] = value });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StandardError);
    }

    [Fact]
    public async Task Status_of_a_database_that_does_not_exist_says_so_and_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "anchor-indexer-tests", Guid.NewGuid().ToString("n"), "anchor.db");

        var result = await CliRunner.RunAsync("indexer", ["status", "--database", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"there is no database at {missing}", result.StandardError);
        Assert.False(File.Exists(missing));
    }
}
