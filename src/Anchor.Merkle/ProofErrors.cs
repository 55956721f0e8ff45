namespace Anchor.Merkle;

/// <summary>A proof was checked and does not hold.</summary>
public abstract class ProofException(string message) : Exception(message);

/// <summary>The proof has the wrong number of nodes for its sizes (or index), or the index is out of range.</summary>
public sealed class ProofShapeException(string message) : ProofException(message);

/// <summary>The proof leads to a root other than the expected one.</summary>
public sealed class RootMismatchException(Hash32 expectedRoot, Hash32 calculatedRoot, string what = "root")
    : ProofException($"{what} mismatch: expected {expectedRoot}, calculated {calculatedRoot}")
{
    /// <summary>The root the proof should reach.</summary>
    public Hash32 ExpectedRoot { get; } = expectedRoot;

    /// <summary>The root the proof does reach.</summary>
    public Hash32 CalculatedRoot { get; } = calculatedRoot;
}
