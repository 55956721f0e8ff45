using Anchor.Cli;
using Anchor.Indexer.Following;

namespace Anchor.Indexer.Hosting;

/// <summary>How <c>indexer run</c> runs: follow the head until stopped, or catch up once and stop.</summary>
public enum IndexerRunMode
{
    /// <summary>Follow the chain until the host stops.</summary>
    Follow,

    /// <summary>Index every block final at the current head, then stop.</summary>
    Once,
}

/// <summary>
/// What the indexer service reports back to the command that hosts it: the exit code, and for a
/// one-shot run the last step. A halt (a reorg deeper than the window) or a failed one-shot run
/// gives a non-zero code; stopping a follower with Ctrl+C gives 0.
/// </summary>
public sealed class IndexerRunOutcome(IndexerRunMode mode)
{
    /// <summary>The mode of this run.</summary>
    public IndexerRunMode Mode { get; } = mode;

    /// <summary>The process's exit code.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    /// <summary>The error that ended the run, or null.</summary>
    public Exception? Error { get; private set; }

    /// <summary>The last step, when a one-shot run finished.</summary>
    public StepResult? LastStep { get; private set; }

    /// <summary>The one-shot run caught up.</summary>
    public void Completed(StepResult last) => LastStep = last;

    /// <summary>The run ended with <paramref name="error"/>, exiting with <paramref name="exitCode"/>.</summary>
    public void Failed(Exception error, int exitCode)
    {
        Error = error;
        ExitCode = exitCode;
    }
}
