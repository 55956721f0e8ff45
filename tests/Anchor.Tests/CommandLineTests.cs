using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Help_describes_the_tool_and_exits_zero()
    {
        var result = await CliRunner.RunAsync("anchor", ["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EPCIS 2.0", result.StandardOutput);
        Assert.Contains("Usage:", result.StandardOutput);
    }

    [Fact]
    public async Task Unknown_command_is_an_error_that_names_it()
    {
        var result = await CliRunner.RunAsync("anchor", ["no-such-command"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-such-command", result.StandardError + result.StandardOutput);
    }
}
