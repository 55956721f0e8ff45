namespace Anchor.Ledger.Sample;

/// <summary>What <see cref="SampleGenerator"/> should write, and where.</summary>
public sealed record SampleOptions
{
    /// <summary>The smallest document size allowed: a whole batch must fit in one document.</summary>
    public const int MinEventsPerDocument = 20;

    /// <summary>The folder to write: brands.json and one sub-folder per brand.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>How many batches in all, shared out among the fifteen brands in turn. At least 1.</summary>
    public required int Batches { get; init; }

    /// <summary>The seed: the same seed gives byte-identical output.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>
    /// The most events one EPCISDocument may hold. Batches are never split, so documents hold
    /// whole batches up to this size. At least <see cref="MinEventsPerDocument"/>.
    /// </summary>
    public int MaxEventsPerDocument { get; init; } = 5000;

    /// <summary>Indent the documents for reading (about twice the size).</summary>
    public bool Indented { get; init; }

    /// <summary>Replace an existing sample: the output folder may then be non-empty.</summary>
    public bool Force { get; init; }

    /// <summary>Checks the values; the messages name the option.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputDirectory);
        if (Batches < 1) throw new ArgumentOutOfRangeException(nameof(Batches), Batches, "the number of batches must be at least 1");
        if (MaxEventsPerDocument < MinEventsPerDocument)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEventsPerDocument), MaxEventsPerDocument,
                $"a document must be able to hold a whole batch: at least {MinEventsPerDocument} events");
        }
    }
}
