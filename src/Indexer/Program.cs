using System.CommandLine;

// The `indexer` command line: follows anchors on chain, maps them back to batches, and issues and
// verifies traceability tags. Commands arrive issue by issue.
var root = new RootCommand(
    "Anchor indexer: follow anchors on chain, map them to batches, issue and verify traceability tags.");
return await root.Parse(args).InvokeAsync();
