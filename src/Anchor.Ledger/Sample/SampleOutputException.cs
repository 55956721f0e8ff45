namespace Anchor.Ledger.Sample;

/// <summary>The output folder cannot be used: it is a file, or it holds something and replacing was not asked for.</summary>
public sealed class SampleOutputException(string path, string reason) : Exception($"{path}: {reason}")
{
    /// <summary>The folder concerned.</summary>
    public string Path { get; } = path;

    /// <summary>Why it cannot be used.</summary>
    public string Reason { get; } = reason;
}
