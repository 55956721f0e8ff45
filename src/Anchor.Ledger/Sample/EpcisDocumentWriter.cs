using System.Text.Encodings.Web;
using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes one EPCIS 2.0 JSON-LD document (an <c>EPCISDocument</c> with its @context, as GS1's
/// examples do) and streams its events to <paramref name="stream"/>, flushing as it goes so that
/// memory stays flat however many events there are.
/// </summary>
internal sealed class EpcisDocumentWriter(Stream stream, bool indented) : IDisposable
{
    /// <summary>The EPCIS 2.0 JSON-LD context every document starts with.</summary>
    public const string EpcisContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private const int FlushThreshold = 1 << 16;
    private readonly Utf8JsonWriter _writer = new(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes a whole document holding <paramref name="events"/>.</summary>
    public void Write(IEnumerable<SampleEvent> events, DateTimeOffset creationDate)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteStartArray(N.Context);
        w.WriteStringValue(EpcisContext);
        w.WriteStartObject();
        w.WriteString(SampleVocabulary.Prefix, SampleVocabulary.Iri);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString(N.Type, "EPCISDocument");
        w.WriteString(N.SchemaVersion, "2.0");
        w.WriteString(N.CreationDate, creationDate);
        w.WriteStartObject(N.EpcisBody);
        w.WriteStartArray(N.EventList);
        foreach (var e in events)
        {
            EpcisEventWriter.Write(w, e);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
