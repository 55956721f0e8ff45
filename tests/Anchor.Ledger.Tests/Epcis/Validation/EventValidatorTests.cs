using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Validation;

/// <summary>
/// The schema's cross-member rules and a few members the document vectors do not reach. The
/// document vectors (tests/vectors/epcis-documents) cover one example of most other rules.
/// </summary>
public sealed class EventValidatorTests
{
    private const string Common = "\"eventTime\":\"2026-05-11T08:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\"";

    [Theory]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[]}""")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","readPoint":{"id":"urn:epc:id:sgln:9520123.00001.0"},"sensorElementList":[{"sensorReport":[{"type":"Temperature","value":4}]}]}""")]
    [InlineData("""{"type":"AggregationEvent",COMMON,"action":"DELETE","parentID":"urn:epc:id:sscc:9520123.0000000017"}""")]
    [InlineData("""{"type":"AssociationEvent",COMMON,"action":"DELETE","parentID":"urn:epc:id:grai:9520123.00002.1"}""")]
    [InlineData("""{"type":"TransactionEvent",COMMON,"action":"DELETE","bizTransactionList":[{"bizTransaction":"urn:epcglobal:cbv:bt:9520123000011:1"}]}""")]
    [InlineData("""{"type":"TransformationEvent",COMMON,"transformationID":"urn:uuid:1","outputEPCList":["urn:epc:id:sgtin:9520123.045678.1"]}""")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"ADD","epcList":[],"@context":{"ex":"https://ex.example.com/"},"ex:x":{"any":[1,{"thing":null}]}}""")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"bizStep":"https://ref.gs1.org/cbv/BizStep-shipping","disposition":"ex:quarantined"}""")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"sensorElementList":[{"sensorReport":[{"type":"gs1:Temperature","exception":"ex:DOOR_OPEN","component":"ex:w"}]}]}""")]
    public void Valid_events_pass(string json)
    {
        var validated = EventValidator.Validate(Parse(json), JsonPath.Root);

        Assert.Equal(new DateTimeOffset(2026, 5, 11, 8, 0, 0, TimeSpan.Zero), validated.EventTime);
    }

    [Theory]
    [InlineData("""[1]""", "$", "must be an object (an EPCIS event), not an array")]
    [InlineData("""{"eventTime":"2026-05-11T08:00:00Z"}""", "$", "an event must have \"type\" (AggregationEvent, AssociationEvent, ObjectEvent, TransactionEvent, TransformationEvent)")]
    [InlineData("""{"type":7}""", "$.type", "must be a string (the event type), not a number")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"epcList":[]}""", "$", "an ObjectEvent must have \"action\"")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"eventTimeZoneOffset":"+14:01"}""", "$.eventTimeZoneOffset", "\"+14:01\" is not ±hh:mm")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","readPoint":{"id":"urn:x:1"},"sensorElementList":[]}""", "$", "an ObjectEvent must have an epcList, a non-empty quantityList, or a non-empty sensorElementList with a readPoint")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"sensorElementList":[{"sensorReport":[{"type":"Temperature","booleanValue":"true"}]}]}""", "$.sensorElementList[0].sensorReport[0].booleanValue", "must be true or false, not a string")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"sensorElementList":[{"sensorReport":[{"type":"Temperature","exception":"ALARM"}]}]}""", "$.sensorElementList[0].sensorReport[0].exception", "\"ALARM\" is not a GS1 sensor alert type, nor a URI of your own vocabulary")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"@context":["urn:a","urn:a"]}""", "$.@context[1]", "\"urn:a\" appears twice; the list must not repeat a value")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"destinationList":[{"type":"location"}]}""", "$.destinationList[0]", "a destination must have \"destination\"")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"persistentDisposition":{"set":["recalled"],"clear":["active"]}}""", "$.persistentDisposition.clear", "\"clear\" is not a member of a persistentDisposition, which allows no other members")]
    [InlineData("""{"type":"ObjectEvent",COMMON,"action":"OBSERVE","epcList":[],"disposition":"urn:epcglobal:cbv:disp:in_transit"}""", "$.disposition", "\"urn:epcglobal:cbv:disp:in_transit\" is a URI in the standard namespace urn:epcglobal:cbv; EPCIS 2.0 JSON writes the standard term bare (did you mean \"in_transit\"?)")]
    [InlineData("""{"type":"AssociationEvent",COMMON,"action":"ADD","parentID":"urn:x:1","childEPCs":[]}""", "$", "an AssociationEvent must have a non-empty childEPCs or childQuantityList unless its action is DELETE")]
    [InlineData("""{"type":"TransformationEvent",COMMON,"transformationID":"urn:uuid:1"}""", "$", "a TransformationEvent must have a non-empty input or output list")]
    [InlineData("""{"type":"TransformationEvent",COMMON,"inputEPCList":["urn:x:1"],"outputEPCList":["urn:x:2","urn:x:2"]}""", "$.outputEPCList[1]", "\"urn:x:2\" appears twice; the list must not repeat a value")]
    public void Invalid_events_fail_at_the_right_place(string json, string path, string reason)
    {
        var violation = Assert.Throws<JsonRuleViolation>(() => EventValidator.Validate(Parse(json), JsonPath.Root));

        Assert.Equal(path, violation.Path.ToString());
        Assert.Equal(reason, violation.Reason);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json.Replace("COMMON", Common)).RootElement;
}
