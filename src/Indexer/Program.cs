using System.CommandLine;
using Anchor.Cli;
using Anchor.Indexer.Commands;

// The `indexer` command line: follows anchors on chain, maps them back to batches, and issues and
// verifies traceability tags. Each command lives in its own file under Commands/.
var root = new RootCommand(
    "Anchor indexer: follow anchors on chain, map them to batches, issue and verify traceability tags.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(AnchorsCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(TagCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return await root.Parse(args).InvokeAsync();
