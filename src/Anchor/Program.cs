using System.CommandLine;
using Anchor.Cli;

// The `anchor` command line: the publisher's side of Anchor. Commands arrive issue by issue;
// each lives in its own file under Commands/ and is added here.
var root = new RootCommand(
    "Anchor: record GS1 EPCIS 2.0 traceability events in an append-only Merkle log and anchor its " +
    "head on an EVM chain.");
Anchor.Cli.GlobalOptions.AddTo(root);
root.Subcommands.Add(Anchor.Commands.DeployCommand.Create());
root.Subcommands.Add(Anchor.Commands.IngestCommand.Create());
root.Subcommands.Add(Anchor.Commands.CommitCommand.Create());
root.Subcommands.Add(Anchor.Commands.RunCommand.Create());
root.Subcommands.Add(Anchor.Commands.StatusCommand.Create());
root.Subcommands.Add(Anchor.Commands.RecallCommand.Create());
root.Subcommands.Add(Anchor.Commands.AllianceCommand.Create());
root.Subcommands.Add(Anchor.Commands.HashCommand.Create());
root.Subcommands.Add(Anchor.Commands.SampleCommand.Create());
root.Subcommands.Add(Anchor.Commands.WalletCommand.Create());
return await root.Parse(args).InvokeAsync();
