using Anchor.Cli;

namespace Anchor.Indexer.Commands;

/// <summary>
/// The exit codes of the <c>indexer</c> commands: the shared ones of <see cref="ExitCodes"/>
/// (0 success, 1 failure, 2 unusable configuration or arguments) and two of the indexer's own.
/// </summary>
public static class IndexerExitCodes
{
    /// <summary>The batch asked for is in no ledger of the database.</summary>
    public const int NotFound = 3;

    /// <summary><c>indexer run</c> halted: a reorg deeper than Indexer:ReorgWindow.</summary>
    public const int Halted = Hosting.IndexerService.HaltedExitCode;
}

/// <summary>A command cannot do what was asked; the message says why, the exit code how bad it is.</summary>
public sealed class IndexerCommandException(string message, int exitCode) : Exception(message)
{
    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; } = exitCode;
}
