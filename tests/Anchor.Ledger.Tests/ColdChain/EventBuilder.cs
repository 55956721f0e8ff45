using System.Globalization;
using System.Text.Json;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>Small EPCIS events with temperature reports, written out so that expectations can be computed by hand.</summary>
internal static class EventBuilder
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>A reading with its own time: <c>{"type", "time", "value", "uom"}</c>.</summary>
    public static string Reading(string time, decimal value, string uom = "CEL", string type = "gs1:Temperature") =>
        $$"""{"type":"{{type}}","time":"{{time}}","value":{{Number(value)}},"uom":"{{uom}}"}""";

    /// <summary>An ObjectEvent whose one sensor element holds <paramref name="reports"/>.</summary>
    public static JsonElement Shipping(string eventId, params string[] reports) =>
        WithElements(eventId, $$"""{"sensorReport":[{{string.Join(",", reports)}}]}""");

    /// <summary>An ObjectEvent with the given raw sensor elements.</summary>
    public static JsonElement WithElements(string eventId, params string[] elements) => Parse($$"""
        {
          "type": "ObjectEvent",
          "eventID": "{{eventId}}",
          "eventTime": "2026-05-10T12:00:00+08:00",
          "eventTimeZoneOffset": "+08:00",
          "action": "OBSERVE",
          "bizStep": "shipping",
          "disposition": "in_transit",
          "quantityList": [{"epcClass": "urn:epc:class:lgtin:9521001.012345.L1", "quantity": 100}],
          "sensorElementList": [{{string.Join(",", elements)}}]
        }
        """);

    /// <summary>The error declaration of <paramref name="original"/>: the same event plus an errorDeclaration.</summary>
    public static JsonElement Declaring(JsonElement original, string correctiveEventId)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(original.GetRawText())!.AsObject();
        copy["errorDeclaration"] = System.Text.Json.Nodes.JsonNode.Parse($$"""
            {"declarationTime": "2026-05-20T09:00:00+08:00", "reason": "incorrect_data", "correctiveEventIDs": ["{{correctiveEventId}}"]}
            """);
        return Parse(copy.ToJsonString());
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
