using System.Text;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>
/// A non-seekable stream that writes an EPCIS document of any size as it is read, one event at a
/// time, without ever holding it: a several-hundred-megabyte input costs no memory in the test.
/// Each event is a realistic cold-chain ObjectEvent of about 1.5 KB.
/// </summary>
internal sealed class GeneratedDocumentStream : Stream
{
    private const string Context = "\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"anchor\":\"https://anchor.example.com/epcis/\"}]";
    private readonly long _eventCount;
    private readonly bool _contextAtEnd;
    private readonly long _giantEventBytes;
    private long _nextEvent;
    private long _giantBlobLeft;
    private string? _giantEventRest;
    private byte[] _chunk;
    private int _chunkPosition;
    private bool _ended;

    /// <param name="eventCount">How many events the document holds.</param>
    /// <param name="contextAtEnd">Write "@context" and "type" after the body, as key-sorting serialisers do.</param>
    /// <param name="giantEventBytes">If positive, event 1 carries an extension string of this many bytes.</param>
    public GeneratedDocumentStream(long eventCount, bool contextAtEnd = false, long giantEventBytes = 0)
    {
        _eventCount = eventCount;
        _contextAtEnd = contextAtEnd;
        _giantEventBytes = giantEventBytes;
        var head = contextAtEnd
            ? "{\"schemaVersion\":\"2.0\",\"creationDate\":\"2026-05-11T08:30:00Z\",\"epcisBody\":{\"eventList\":["
            : "{" + Context + ",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2026-05-11T08:30:00Z\",\n\"epcisBody\":{\"eventList\":[\n";
        _chunk = Encoding.UTF8.GetBytes(head);
    }

    /// <summary>How many bytes have been read so far.</summary>
    public long BytesProduced { get; private set; }

    /// <summary>One event as this stream writes it (the event with index <paramref name="index"/>).</summary>
    public static string Event(long index) =>
        $$"""
          {
            "type": "ObjectEvent",
            "eventTime": "2026-05-{{11 + index % 18:00}}T{{index % 24:00}}:{{index % 60:00}}:00.{{index % 1000:000}}+08:00",
            "eventTimeZoneOffset": "+08:00",
            "eventID": "urn:uuid:00000000-0000-4000-8000-{{index:000000000000}}",
            "action": "OBSERVE",
            "bizStep": "sensor_reporting",
            "disposition": "in_transit",
            "quantityList": [ { "epcClass": "urn:epc:class:lgtin:9520123.045678.L2026-05A", "quantity": {{index % 500 + 1}}, "uom": "H87" } ],
            "readPoint": { "id": "urn:epc:id:sgln:9520123.00001.{{index % 40}}" },
            "bizTransactionList": [ { "type": "desadv", "bizTransaction": "urn:epcglobal:cbv:bt:9520123000011:DA-{{index / 100}}" } ],
            "sensorElementList": [
              {
                "sensorMetadata": { "deviceID": "urn:epc:id:giai:9520123.LOGGER-{{index % 7}}", "startTime": "2026-05-11T00:00:00+08:00", "endTime": "2026-05-11T06:00:00+08:00" },
                "sensorReport": [
                  { "type": "Temperature", "minValue": 2.{{index % 10}}, "maxValue": 7.{{index % 10}}, "meanValue": 4.4, "uom": "CEL" },
                  { "type": "RelativeHumidity", "value": 61.5, "uom": "P1" },
                  { "type": "Temperature", "time": "2026-05-11T03:00:00+08:00", "value": 5.{{index % 10}}, "uom": "CEL", "stringValue": "冷链 2–8 °C" }
                ]
              }
            ],
            "anchor:shipment": { "carrier": "Cold Express", "vehicle": "沪A·{{index % 100000:00000}}", "seal": "S-{{index}}" }
          }
        """;

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_chunkPosition == _chunk.Length && !NextChunk())
            {
                break;
            }
            var count = Math.Min(buffer.Length - written, _chunk.Length - _chunkPosition);
            _chunk.AsSpan(_chunkPosition, count).CopyTo(buffer[written..]);
            _chunkPosition += count;
            written += count;
        }
        BytesProduced += written;
        return written;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private bool NextChunk()
    {
        if (_ended)
        {
            return false;
        }
        _chunkPosition = 0;
        if (_giantBlobLeft > 0)
        {
            var size = (int)Math.Min(_giantBlobLeft, 64 * 1024);
            _chunk = new byte[size];
            _chunk.AsSpan().Fill((byte)'x');
            _giantBlobLeft -= size;
            return true;
        }
        if (_giantEventRest is not null)
        {
            _chunk = Encoding.UTF8.GetBytes(_giantEventRest);
            _giantEventRest = null;
            return true;
        }
        if (_nextEvent < _eventCount)
        {
            var separator = _nextEvent == 0 ? "" : ",\n";
            var text = Event(_nextEvent);
            if (_nextEvent == 1 && _giantEventBytes > 0)
            {
                // The blob is written 64 KB at a time, so that the test itself holds none of it.
                var split = text.IndexOf("\"action\"", StringComparison.Ordinal);
                (text, _giantEventRest, _giantBlobLeft) = (text[..split] + "\"anchor:blob\": \"", "\", " + text[split..], _giantEventBytes);
            }
            _chunk = Encoding.UTF8.GetBytes(separator + text);
            _nextEvent++;
            return true;
        }
        _chunk = Encoding.UTF8.GetBytes(_contextAtEnd ? "\n]},\"type\":\"EPCISDocument\"," + Context + "}\n" : "\n]}}\n");
        _ended = true;
        return true;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
