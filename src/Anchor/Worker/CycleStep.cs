namespace Anchor.Worker;

/// <summary>The steps of an anchoring cycle, in order, as an observer sees them.</summary>
public enum CycleStep
{
    /// <summary>The publisher's head was read from the chain.</summary>
    HeadRead,
    /// <summary>The intent and its signed transaction are persisted; nothing is broadcast yet.</summary>
    IntentPersisted,
    /// <summary>A transaction of the intent was handed to the node.</summary>
    Broadcast,
    /// <summary>A receipt of one of the intent's transactions was found.</summary>
    Mined,
    /// <summary>The receipt has the required confirmations and its block is canonical.</summary>
    Confirmed,
    /// <summary>The anchor is recorded and the intent closed.</summary>
    Recorded,
}

/// <summary>Watches a cycle's progress.</summary>
public interface ICycleObserver
{
    /// <summary>Called when <paramref name="publisher"/>'s cycle reaches <paramref name="step"/>.</summary>
    Task OnStepAsync(string publisher, CycleStep step, CancellationToken cancellationToken);
}

/// <summary>
/// Fault injection for crash tests: when the environment variable <see cref="Variable"/> names a
/// step (for example <c>IntentPersisted</c>), the process prints that it paused there and waits
/// to be killed. Tests kill it with SIGKILL at exactly that step and restart it; nothing else uses
/// this, and without the variable it does nothing.
/// </summary>
public sealed class PauseAtStepObserver : ICycleObserver
{
    /// <summary>The environment variable that names the step to pause at.</summary>
    public const string Variable = "ANCHOR_FAULT_PAUSE_AT";

    private readonly CycleStep? _pauseAt;

    public PauseAtStepObserver(string? step) =>
        _pauseAt = Enum.TryParse<CycleStep>(step, ignoreCase: true, out var parsed) ? parsed : null;

    /// <summary>The observer for this process's environment.</summary>
    public static PauseAtStepObserver FromEnvironment() => new(Environment.GetEnvironmentVariable(Variable));

    public async Task OnStepAsync(string publisher, CycleStep step, CancellationToken cancellationToken)
    {
        if (step != _pauseAt) return;
        await Console.Error.WriteLineAsync($"anchor: paused at {step} for {publisher} ({Variable})");
        await Console.Error.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
