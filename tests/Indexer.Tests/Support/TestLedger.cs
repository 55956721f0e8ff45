using System.Globalization;
using System.Text;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage;

namespace Anchor.Indexer.Tests.Support;

/// <summary>Small ledgers of hand-made events, for tests that need to know exactly which entry is where.</summary>
public static class TestLedger
{
    /// <summary>A GTIN-14 with a valid check digit (docs/SPEC.md's batch-key vector).</summary>
    public const string Gtin = "09506000134352";

    private static int _events;

    /// <summary>Appends one ObjectEvent per lot given, in order, to <paramref name="name"/>'s log; returns the publisher with its new size.</summary>
    public static async Task<Publisher> AppendAsync(ILedgerStore ledger, string name, params string[] lots)
    {
        var publisher = await ledger.GetOrCreatePublisherAsync(name);
        await using (var appender = await LogAppender.OpenAsync(ledger, publisher))
        {
            foreach (var lot in lots)
            {
                var n = Interlocked.Increment(ref _events);
                var time = new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.FromHours(8)).AddHours(n);
                appender.Append(new NewEntry($"ni:///sha-256;{n:x64}?ver=CBV2.0", Gtin, lot, "ObjectEvent", time, EventJson(lot, time, n), $"test event {n}"));
            }
            await appender.CommitAsync();
        }
        return (await ledger.FindPublisherAsync(name))!;
    }

    /// <summary>A ledger for <paramref name="name"/> whose chain address is <paramref name="address"/>.</summary>
    public static async Task<Publisher> CreateAsync(ILedgerStore ledger, string name, string address, params string[] lots)
    {
        var publisher = await AppendAsync(ledger, name, lots);
        await ledger.SetPublisherAddressAsync(publisher, address);
        return (await ledger.FindPublisherAsync(name))!;
    }

    private static byte[] EventJson(string lot, DateTimeOffset time, int n) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $$$"""{"type":"ObjectEvent","eventTime":"{{{time:yyyy-MM-ddTHH:mm:sszzz}}}","eventTimeZoneOffset":"+08:00","action":"OBSERVE","quantityList":[{"epcClass":"urn:epc:class:lgtin:9506000.013435.{{{lot}}}","quantity":{{{n}}}}],"bizStep":"shipping","disposition":"in_transit","bizLocation":{"id":"urn:epc:id:sgln:9506000.00001.0"}}"""));
}
