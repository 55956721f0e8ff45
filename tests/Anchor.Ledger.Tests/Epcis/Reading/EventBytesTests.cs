using System.Text;
using System.Text.Json;
using Anchor.Ledger.Epcis;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>
/// The bytes of an event are what the ledger commits to: compact, in input order, numbers as
/// written, strings escaped only where JSON requires it, and the same for the same input.
/// </summary>
public sealed class EventBytesTests
{
    [Fact]
    public async Task Whitespace_goes_and_order_numbers_and_non_ASCII_text_stay()
    {
        var json = EpcisReading.Document("""
            {
              "type" : "ObjectEvent",  "eventTime":"2026-05-11T08:00:00+08:00",
              "eventTimeZoneOffset":"+08:00", "action":"OBSERVE",
              "quantityList":[ { "epcClass":"urn:epc:class:lgtin:9520123.045678.L1", "quantity": 1.50E+2 } ],
              "ex:note" : "批号 2–8 °C 😀", "ex:flags": [ true, false, null, -0.0 ]
            }
            """);

        var events = await EpcisReading.ReadAllAsync(json);

        Assert.Equal(
            """{"type":"ObjectEvent","eventTime":"2026-05-11T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE","quantityList":[{"epcClass":"urn:epc:class:lgtin:9520123.045678.L1","quantity":1.50E+2}],"ex:note":"批号 2–8 °C 😀","ex:flags":[true,false,null,-0.0]}""",
            Encoding.UTF8.GetString(events[0].Bytes));
    }

    [Fact]
    public async Task Escapes_are_rewritten_to_the_least_JSON_requires()
    {
        var json = EpcisReading.Document(EpcisReading.ObjectEvent(
            """ "ex:text": "\u00b0C \/ \"q\" \\ \n\t\u0001\u001F \ud83d\ude00 \u0041", "ex:\u006bey": 1 """));

        var events = await EpcisReading.ReadAllAsync(json);

        var text = Encoding.UTF8.GetString(events[0].Bytes);
        Assert.StartsWith("""{"ex:text":"°C / \"q\" \\ \n\t\u0001\u001f 😀 A","ex:key":1,""", text);
    }

    [Fact]
    public async Task The_element_is_the_parsed_bytes_and_carries_the_document_context()
    {
        var json = EpcisReading.Document(EpcisReading.ObjectEvent(), EpcisReading.ObjectEvent());

        var events = await EpcisReading.ReadAllAsync(json);

        Assert.Equal(2, events.Count);
        Assert.Equal("$.epcisBody.eventList[1]", events[1].JsonPath);
        Assert.Equal("test.jsonld", events[1].SourceName);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(events[1].Bytes).RootElement, events[1].Element));
        Assert.Equal("https://ex.example.com/", events[1].DocumentContext[1].GetProperty("ex").GetString());
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 8, 0, 0, TimeSpan.FromHours(8)), events[1].EventTime);
        Assert.Equal(new BatchId("09520123456788", "L1"), events[1].Batch);
    }

    [Fact]
    public async Task The_same_input_gives_the_same_bytes_whatever_the_chunk_size()
    {
        var json = EpcisReading.Document(EpcisReading.ObjectEvent(""" "ex:t": "°C \u00b0C" """));
        var reference = await EpcisReading.ReadAllAsync(json);

        foreach (var chunk in new[] { 16, 17, 31, 64, 1000 })
        {
            var events = await EpcisReading.ReadAllAsync(
                new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(json))), new EpcisReaderOptions(ReadBufferBytes: chunk));

            Assert.Equal(reference[0].Bytes, events[0].Bytes);
        }
    }
}
