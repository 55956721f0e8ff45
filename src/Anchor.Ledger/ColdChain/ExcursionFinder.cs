namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Turns readings into excursions, by the sample-and-hold rule of docs/cold-chain.md: a reading
/// stands for the temperature until the next reading, so an excursion runs from its first
/// reading outside the band to the next reading that is not outside on the same side.
/// </summary>
internal static class ExcursionFinder
{
    /// <summary>The excursions shown by <paramref name="points"/> and <paramref name="intervals"/>, in start order.</summary>
    public static List<TemperatureExcursion> Find(
        IEnumerable<PointReading> points, IEnumerable<IntervalReading> intervals, TemperatureBand band)
    {
        var excursions = FromPoints(points, band);
        var fromIntervals = FromIntervals(intervals, band, excursions);
        excursions.AddRange(fromIntervals);
        excursions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Direction.CompareTo(b.Direction));
        return excursions;
    }

    /// <summary>The length of the union of the excursions' intervals, so overlaps count once.</summary>
    public static TimeSpan TimeOutside(IEnumerable<TemperatureExcursion> excursions)
    {
        var total = TimeSpan.Zero;
        DateTimeOffset? runStart = null, runEnd = null;
        foreach (var e in excursions.OrderBy(e => e.Start))
        {
            if (runEnd is { } end && e.Start <= end)
            {
                if (e.End > end) runEnd = e.End;
                continue;
            }
            if (runStart is { } s && runEnd is { } en) total += en - s;
            runStart = e.Start;
            runEnd = e.End;
        }
        if (runStart is { } last && runEnd is { } lastEnd) total += lastEnd - last;
        return total;
    }

    private static List<TemperatureExcursion> FromPoints(IEnumerable<PointReading> points, TemperatureBand band)
    {
        var result = new List<TemperatureExcursion>();
        OpenExcursion? open = null;
        // Readings at the same instant (two loggers) are judged together: the instant is outside if
        // any of them is, and above wins over below so that no heat excursion is hidden.
        foreach (var instant in points.OrderBy(p => p.Time.UtcTicks).ThenBy(p => p.Time.Offset).ThenBy(p => p.Celsius).GroupBy(p => p.Time.UtcTicks))
        {
            var readings = instant.ToList();
            var time = readings[0].Time;
            var above = readings.Where(r => r.Celsius > band.MaxCelsius).ToList();
            var below = readings.Where(r => r.Celsius < band.MinCelsius).ToList();
            ExcursionDirection? direction = above.Count > 0 ? ExcursionDirection.Above
                : below.Count > 0 ? ExcursionDirection.Below
                : null;

            if (open is not null)
            {
                if (direction == open.Direction)
                {
                    open.Extend(time, direction == ExcursionDirection.Above ? above.Max(r => r.Celsius) : below.Min(r => r.Celsius),
                        direction == ExcursionDirection.Above ? above.Count : below.Count);
                    continue;
                }
                result.Add(open.Close(time, ExcursionEvidence.Readings));
                open = null;
            }
            if (direction == ExcursionDirection.Above) open = new OpenExcursion(direction.Value, time, above.Max(r => r.Celsius), above.Count);
            else if (direction == ExcursionDirection.Below) open = new OpenExcursion(direction.Value, time, below.Min(r => r.Celsius), below.Count);
        }
        if (open is not null) result.Add(open.Close(open.LastTime, ExcursionEvidence.ReadingsUnclosed));
        return result;
    }

    // An interval report adds an excursion only where the point readings show none on the same
    // side overlapping it: otherwise it merely corroborates what they show, more precisely.
    private static List<TemperatureExcursion> FromIntervals(
        IEnumerable<IntervalReading> intervals, TemperatureBand band, List<TemperatureExcursion> fromPoints)
    {
        var result = new List<TemperatureExcursion>();
        foreach (var interval in intervals.OrderBy(i => i.Start.UtcTicks).ThenBy(i => i.End.UtcTicks))
        {
            if (interval.MaxCelsius is { } max && max > band.MaxCelsius)
            {
                AddUnlessExplained(result, fromPoints, interval, ExcursionDirection.Above, max);
            }
            if (interval.MinCelsius is { } min && min < band.MinCelsius)
            {
                AddUnlessExplained(result, fromPoints, interval, ExcursionDirection.Below, min);
            }
        }
        return result;
    }

    private static void AddUnlessExplained(
        List<TemperatureExcursion> result, List<TemperatureExcursion> fromPoints,
        IntervalReading interval, ExcursionDirection direction, decimal peak)
    {
        var explained = fromPoints.Any(e =>
            e.Direction == direction && e.Start <= interval.End && e.End >= interval.Start);
        if (explained) return;
        result.Add(new TemperatureExcursion
        {
            Direction = direction,
            Start = interval.Start,
            End = interval.End,
            PeakCelsius = peak,
            Readings = 0,
            Evidence = ExcursionEvidence.IntervalReport,
        });
    }

    private sealed class OpenExcursion(ExcursionDirection direction, DateTimeOffset start, decimal peak, int readings)
    {
        private readonly DateTimeOffset _start = start;
        private decimal _peak = peak;
        private int _readings = readings;

        public ExcursionDirection Direction => direction;
        public DateTimeOffset LastTime { get; private set; } = start;

        public void Extend(DateTimeOffset time, decimal extreme, int readings)
        {
            LastTime = time;
            _readings += readings;
            _peak = direction == ExcursionDirection.Above ? Math.Max(_peak, extreme) : Math.Min(_peak, extreme);
        }

        public TemperatureExcursion Close(DateTimeOffset end, ExcursionEvidence evidence) => new()
        {
            Direction = direction,
            Start = _start,
            End = end,
            PeakCelsius = _peak,
            Readings = _readings,
            Evidence = evidence,
        };
    }
}
