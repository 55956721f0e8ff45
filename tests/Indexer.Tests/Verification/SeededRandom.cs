namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// mulberry32, the small seeded generator of the JavaScript fuzz test (tests/js/support/
/// bundle-mutants.js), so that a failing mutant can be replayed from its seed.
/// </summary>
public sealed class SeededRandom(int seed)
{
    private uint _state = unchecked((uint)seed);

    /// <summary>A number in [0, 1).</summary>
    public double Next()
    {
        unchecked
        {
            _state += 0x6D2B79F5;
            var t = _state;
            t = (t ^ (t >> 15)) * (t | 1);
            t ^= t + (t ^ (t >> 7)) * (t | 61);
            return (t ^ (t >> 14)) / 4294967296.0;
        }
    }

    /// <summary>An integer in [0, n).</summary>
    public int Int(int n) => (int)Math.Floor(Next() * n);

    /// <summary>One element of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    /// <summary>A value other than <paramref name="current"/>, drawn from <paramref name="draw"/>.</summary>
    public static T OtherThan<T>(T current, Func<T> draw)
    {
        while (true)
        {
            var candidate = draw();
            if (!EqualityComparer<T>.Default.Equals(candidate, current)) return candidate;
        }
    }
}
