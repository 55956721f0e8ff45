using System.Text;
using Anchor.Ledger.Epcis;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>Reads documents in tests: all events, or the error and how many events came before it.</summary>
internal static class EpcisReading
{
    public static Task<List<EpcisEvent>> ReadAllAsync(string json, EpcisReaderOptions? options = null) =>
        ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), options);

    public static async Task<List<EpcisEvent>> ReadAllAsync(Stream input, EpcisReaderOptions? options = null, string sourceName = "test.jsonld")
    {
        var events = new List<EpcisEvent>();
        await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(input, sourceName, options))
        {
            events.Add(epcisEvent);
        }
        return events;
    }

    public static Task<(EpcisValidationException Error, int EventsBefore)> ReadErrorAsync(string json, EpcisReaderOptions? options = null) =>
        ReadErrorAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), options);

    public static async Task<(EpcisValidationException Error, int EventsBefore)> ReadErrorAsync(Stream input, EpcisReaderOptions? options = null)
    {
        var count = 0;
        try
        {
            await foreach (var _ in EpcisDocumentReader.ReadEventsAsync(input, "test.jsonld", options))
            {
                count++;
            }
        }
        catch (EpcisValidationException e)
        {
            return (e, count);
        }
        throw new Xunit.Sdk.XunitException($"expected an EpcisValidationException; {count} events were read without error");
    }

    /// <summary>A document around <paramref name="eventsJson"/> (comma-separated event objects).</summary>
    public static string Document(params string[] eventsJson) =>
        $$$"""
        {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ex":"https://ex.example.com/"}],
         "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-05-11T08:30:00Z",
         "epcisBody":{"eventList":[{{{string.Join(",", eventsJson)}}}]}}
        """;

    /// <summary>A valid ObjectEvent with one LGTIN; <paramref name="extraMembers"/> are added or replace members.</summary>
    public static string ObjectEvent(string extraMembers = "") =>
        "{" + (extraMembers.Length > 0 ? extraMembers + "," : "") +
        """
        "type":"ObjectEvent","eventTime":"2026-05-11T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
        "quantityList":[{"epcClass":"urn:epc:class:lgtin:9520123.045678.L1","quantity":5}]}
        """;
}

/// <summary>A stream that cannot seek, like stdin or a pipe.</summary>
internal sealed class NonSeekableStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer, cancellationToken);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
