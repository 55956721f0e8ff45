namespace Anchor.Indexer.Following;

/// <summary>
/// How many blocks the next <c>eth_getLogs</c> asks for. Providers cap ranges and results
/// differently (10,000 logs, 2,000 blocks, a response size), so the span halves on every refusal
/// and grows back by a quarter after a run of accepted queries, never beyond the configured range.
/// Safe to share between queries in flight at once.
/// </summary>
public sealed class AdaptiveBlockRange
{
    /// <summary>Accepted queries in a row before the span grows again.</summary>
    public const int GrowAfter = 4;

    private readonly Lock _lock = new();
    private int _accepted;
    private int _span;

    /// <summary>A range that starts at <paramref name="max"/> blocks and never leaves [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 1 &lt;= min &lt;= max.</exception>
    public AdaptiveBlockRange(int max, int min = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Max = max;
        Min = min;
        _span = max;
    }

    /// <summary>The largest span.</summary>
    public int Max { get; }

    /// <summary>The smallest span.</summary>
    public int Min { get; }

    /// <summary>The span of the next query, in blocks.</summary>
    public int Span
    {
        get
        {
            lock (_lock) return _span;
        }
    }

    /// <summary>
    /// Halves the span after a query of <paramref name="refusedSpan"/> blocks was refused (the
    /// refused query may have been shorter than <see cref="Span"/>, at the end of a catch-up);
    /// false if the refused span was already <see cref="Min"/> and nothing smaller may be tried.
    /// </summary>
    public bool Shrink(ulong refusedSpan)
    {
        lock (_lock)
        {
            _accepted = 0;
            if (refusedSpan <= (ulong)Min) return false;
            _span = (int)Math.Max((ulong)Min, Math.Min((ulong)_span, refusedSpan) / 2);
            return true;
        }
    }

    /// <summary>Counts an accepted query; every <see cref="GrowAfter"/> in a row grow the span by a quarter.</summary>
    public void Accepted()
    {
        lock (_lock)
        {
            if (++_accepted < GrowAfter || _span == Max) return;
            _accepted = 0;
            _span = (int)Math.Min(Max, _span + Math.Max(1L, _span / 4));
        }
    }
}
