using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Help_describes_the_tool_and_exits_zero()
    {
        var result = await CliRunner.RunAsync("indexer", ["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("traceability tags", result.StandardOutput);
    }
}
