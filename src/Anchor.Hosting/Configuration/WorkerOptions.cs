namespace Anchor.Configuration;

/// <summary>Section "Worker": when and how the anchoring worker commits heads.</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>How often a cycle runs. Gas is paid per period, not per batch.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The fewest new entries worth an anchor; a smaller growth waits for the next period.</summary>
    public int MinNewEntries { get; set; } = 1;

    /// <summary>How often a pending transaction is checked for its receipt.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a broadcast transaction may stay unmined before it is replaced with higher fees.</summary>
    public TimeSpan ReplaceAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How much a replacement raises the tip and the max fee, in percent (at least 12.5, the nodes' minimum).</summary>
    public decimal FeeBumpPercent { get; set; } = 12.5m;

    /// <summary>The longest wait after an RPC fault before the next try.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(2);
}
