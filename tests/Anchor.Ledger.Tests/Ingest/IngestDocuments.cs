using System.Text;

namespace Anchor.Ledger.Tests.Ingest;

/// <summary>Small EPCIS 2.0 documents for ingest tests, built in code so each test shows its input.</summary>
internal static class IngestDocuments
{
    public const string Gtin = "09520123456788";
    public const string Lot = "L2026-05A";

    /// <summary>A valid ObjectEvent of batch (Gtin, Lot) at minute <paramref name="minute"/>.</summary>
    public static string Event(int minute, string timeZoneOffset = "+08:00", string lot = Lot) => $$"""
        {
          "type": "ObjectEvent",
          "eventTime": "2026-05-11T08:{{minute:00}}:00.000+08:00",
          "eventTimeZoneOffset": "{{timeZoneOffset}}",
          "action": "OBSERVE",
          "bizStep": "inspecting",
          "quantityList": [ { "epcClass": "urn:epc:class:lgtin:9520123.045678.{{lot}}", "quantity": 10, "uom": "H87" } ],
          "readPoint": { "id": "urn:epc:id:sgln:9520123.00001.0" }
        }
        """;

    /// <summary>An EPCISDocument holding <paramref name="events"/>.</summary>
    public static string Document(params string[] events) => $$"""
        {
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
          "type": "EPCISDocument",
          "schemaVersion": "2.0",
          "creationDate": "2026-05-11T09:00:00.000+08:00",
          "epcisBody": { "eventList": [ {{string.Join(",\n", events)}} ] }
        }
        """;

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
