namespace Anchor.Indexer.Following;

/// <summary>
/// How many blocks the next <c>eth_getLogs</c> asks for. Providers cap ranges and results
/// differently (10,000 logs, 2,000 blocks, a response size), so the span halves on every refusal
/// and grows back by a quarter after a run of accepted queries, never beyond the configured range.
/// </summary>
public sealed class AdaptiveBlockRange
{
    /// <summary>Accepted queries in a row before the span grows again.</summary>
    public const int GrowAfter = 4;

    private int _accepted;

    /// <summary>A range that starts at <paramref name="max"/> blocks and never leaves [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 1 &lt;= min &lt;= max.</exception>
    public AdaptiveBlockRange(int max, int min = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Max = max;
        Min = min;
        Span = max;
    }

    /// <summary>The largest span.</summary>
    public int Max { get; }

    /// <summary>The smallest span.</summary>
    public int Min { get; }

    /// <summary>The span of the next query, in blocks.</summary>
    public int Span { get; private set; }

    /// <summary>
    /// Halves the span after a query of <paramref name="refusedSpan"/> blocks was refused (the
    /// refused query may have been shorter than <see cref="Span"/>, at the end of a catch-up);
    /// false if the refused span was already <see cref="Min"/> and nothing smaller may be tried.
    /// </summary>
    public bool Shrink(ulong refusedSpan)
    {
        _accepted = 0;
        if (refusedSpan <= (ulong)Min) return false;
        Span = (int)Math.Max((ulong)Min, Math.Min((ulong)Span, refusedSpan) / 2);
        return true;
    }

    /// <summary>Counts an accepted query; every <see cref="GrowAfter"/> in a row grow the span by a quarter.</summary>
    public void Accepted()
    {
        if (++_accepted < GrowAfter || Span == Max) return;
        _accepted = 0;
        Span = (int)Math.Min(Max, Span + Math.Max(1L, Span / 4));
    }
}
