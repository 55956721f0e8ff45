using System.Diagnostics;
using Anchor.Ledger.Epcis;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>Tests that measure the process's memory or time run alone, after the others.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;

/// <summary>
/// A document of any size is read with memory bounded by its largest event, and an event larger
/// than the limit is refused after reading little more than the limit, whatever its real size.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class StreamingTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task A_300_MB_document_is_read_with_memory_bounded_by_one_event()
    {
        const int events = 270_000;
        var input = new GeneratedDocumentStream(events);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var count = 0;
        var clock = Stopwatch.StartNew();

        await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(input, "<generated>"))
        {
            if (++count % 20_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        output.WriteLine($"{count:N0} events, {input.BytesProduced / (double)MiB:N0} MiB in {clock.Elapsed.TotalSeconds:N1} s; " +
                         $"live heap grew by at most {peak / (double)MiB:N1} MiB");
        Assert.Equal(events, count);
        Assert.True(input.BytesProduced > 300 * MiB, $"only {input.BytesProduced} bytes generated");
        Assert.True(peak < 32 * MiB, $"the live heap grew by {peak} bytes");
    }

    [Fact]
    public async Task A_document_whose_context_comes_last_is_spooled_from_a_pipe_with_bounded_memory()
    {
        const int events = 40_000;
        var input = new GeneratedDocumentStream(events, contextAtEnd: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var count = 0;

        await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(input, "<stdin>"))
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, epcisEvent.DocumentContext.ValueKind);
            if (++count % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        output.WriteLine($"{count:N0} events, {input.BytesProduced / (double)MiB:N0} MiB spooled and read twice; live heap grew by at most {peak / (double)MiB:N1} MiB");
        Assert.Equal(events, count);
        Assert.True(peak < 32 * MiB, $"the live heap grew by {peak} bytes");
    }

    [Fact]
    public async Task A_2_GB_event_is_refused_after_reading_little_more_than_the_limit()
    {
        var input = new GeneratedDocumentStream(eventCount: 3, giantEventBytes: 2L * 1024 * MiB);
        var options = new EpcisReaderOptions(MaxEventBytes: 4 * (int)MiB);

        var (error, eventsBefore) = await EpcisReading.ReadErrorAsync(input, options);

        Assert.Equal(EpcisErrorKind.TooLarge, error.Kind);
        Assert.Equal(1, error.EventIndex);
        Assert.Equal("$.epcisBody.eventList[1]", error.JsonPath);
        Assert.Equal("this event is larger than MaxEventBytes (4,194,304 bytes)", error.Reason);
        Assert.Equal(1, eventsBefore);
        Assert.True(input.BytesProduced < 5 * MiB, $"{input.BytesProduced} bytes were read");
    }

    [Fact]
    public async Task An_event_just_under_the_limit_is_read()
    {
        var input = new GeneratedDocumentStream(eventCount: 3, giantEventBytes: 3 * MiB);
        var options = new EpcisReaderOptions(MaxEventBytes: 4 * (int)MiB);

        var events = await EpcisReading.ReadAllAsync(input, options);

        Assert.Equal(3, events.Count);
        Assert.InRange(events[1].Bytes.Length, 3 * MiB, 4 * MiB);
    }

    [Fact]
    public async Task Reading_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var count = 0;

        var reading = async () =>
        {
            await foreach (var _ in EpcisDocumentReader.ReadEventsAsync(new GeneratedDocumentStream(1_000), "<generated>", ct: cancellation.Token))
            {
                if (++count == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(reading);
        Assert.InRange(count, 10, 999);
    }

    [Fact]
    public async Task Throughput_of_typical_events_is_measured()
    {
        const int events = 30_000;
        var document = new MemoryStream();
        await new GeneratedDocumentStream(events).CopyToAsync(document);

        // The best of a few rounds: the first ones run while the JIT is still optimising.
        var best = 0.0;
        for (var round = 0; round < 4; round++)
        {
            document.Position = 0;
            var clock = Stopwatch.StartNew();
            var count = 0;
            await foreach (var _ in EpcisDocumentReader.ReadEventsAsync(document, "<memory>"))
            {
                count++;
            }
            Assert.Equal(events, count);
            best = Math.Max(best, count / clock.Elapsed.TotalSeconds);
        }

        output.WriteLine($"{events:N0} events of {document.Length / events:N0} bytes: {best:N0} events/s, " +
                         $"{best * document.Length / events / MiB:N0} MiB/s, one thread (build: {BuildConfiguration})");
        Assert.True(best > 10_000, $"{best:N0} events/s");
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
