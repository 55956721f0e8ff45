using System.CommandLine;
using Anchor.Demo;

// `make demo`: the alliance scenario end to end on a local Hardhat node. See DemoRunner.
var batches = new Option<int>("--batches") { Description = "Sample batches across the 15 brands (about 10 events each)", DefaultValueFactory = _ => 150 };
var seed = new Option<int>("--seed") { Description = "Sample seed (the same seed gives the same data)", DefaultValueFactory = _ => 2026 };
var periods = new Option<int>("--periods") { Description = "Anchoring periods to spread the ingest over", DefaultValueFactory = _ => 3 };
var noWait = new Option<bool>("--no-wait") { Description = "Do not keep the node and server up at the end (implied when stdin is not a terminal or CI is set)" };
var workspace = new Option<string>("--workspace") { Description = "Folder for the demo's data (emptied first)", DefaultValueFactory = _ => Path.Combine("out", "demo") };
var root = new RootCommand("Anchor demo: the export-alliance scenario end to end on a local chain") { batches, seed, periods, noWait, workspace };
root.SetAction(async (parseResult, cancel) =>
{
    var repository = RepositoryRoot.Find();
    var interactive = !Console.IsOutputRedirected && !Console.IsInputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
    var options = new DemoOptions(
        parseResult.GetValue(batches), parseResult.GetValue(seed), parseResult.GetValue(periods),
        parseResult.GetValue(noWait) || !interactive, Path.GetFullPath(parseResult.GetValue(workspace)!, repository), repository);
    if (options.Batches < 15 || options.Periods < 1)
    {
        await parseResult.InvocationConfiguration.Error.WriteLineAsync("demo: --batches must be at least 15 (one per brand) and --periods at least 1");
        return 2;
    }
    var console = new DemoConsole(interactive);
    try
    {
        return await new DemoRunner(options, console).RunAsync(cancel);
    }
    catch (DemoStepException e)
    {
        console.Bad(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

/// <summary>The repository the demo runs from (the folder holding hardhat.config.js).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "hardhat.config.js"))) return dir.FullName;
        }
        throw new InvalidOperationException("run the demo from inside the Anchor repository (make demo)");
    }
}
