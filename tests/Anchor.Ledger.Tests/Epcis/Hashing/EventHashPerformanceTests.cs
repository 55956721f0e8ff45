using System.Diagnostics;
using Anchor.Ledger.Epcis.Hashing;
using Anchor.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>
/// A smoke check that hashing stays cheap enough to run on every ingested event (target: well
/// under 50 µs for a typical event). The bound asserted is ten times the target, so a loaded CI
/// machine does not fail it; the measured figure is printed.
/// </summary>
public sealed class EventHashPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Hashes_a_typical_event_well_under_the_budget()
    {
        var directory = Path.Combine(RepositoryPaths.Vectors, "epcis-hash");
        var vectors = HashVectorFile.NamesIn(directory).Select(name => HashVectorFile.Load(directory, name)).ToList();
        var events = vectors.SelectMany(v => v.Events.Select(e => (Event: e, v.Context))).ToList();
        const int rounds = 2000;
        for (var i = 0; i < 200; i++)
        {
            events.ForEach(e => EventHashId.Compute(e.Event, e.Context)); // warm-up: JIT, tiering
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            events.ForEach(e => EventHashId.Compute(e.Event, e.Context));
        }
        stopwatch.Stop();
        vectors.ForEach(v => v.Dispose());

        var microsecondsPerEvent = stopwatch.Elapsed.TotalMicroseconds / (rounds * events.Count);
        output.WriteLine($"{microsecondsPerEvent:F1} µs per event ({events.Count} events of tests/vectors/epcis-hash, {rounds} rounds)");
        Assert.InRange(microsecondsPerEvent, 0, 500);
    }
}
