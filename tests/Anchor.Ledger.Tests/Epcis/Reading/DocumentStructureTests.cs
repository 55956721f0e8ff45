using System.Text;
using Anchor.Ledger.Epcis;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>How the reader treats the document around the events: member order, limits, position.</summary>
public sealed class DocumentStructureTests
{
    [Fact]
    public async Task A_stream_is_read_from_its_current_position()
    {
        var prefix = "IGNORED"u8.ToArray();
        var document = Encoding.UTF8.GetBytes(EpcisReading.Document(EpcisReading.ObjectEvent()));
        var stream = new MemoryStream([.. prefix, .. document]) { Position = prefix.Length };

        var events = await EpcisReading.ReadAllAsync(stream);

        Assert.Single(events);
    }

    [Fact]
    public async Task A_seekable_stream_whose_context_comes_last_is_read_twice_from_its_own_position()
    {
        var prefix = "IGNORED"u8.ToArray();
        var document = Encoding.UTF8.GetBytes("""
            {"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-05-11T08:30:00Z",
             "epcisBody":{"eventList":[EVENT]},
             "@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"}
            """.Replace("EVENT", EpcisReading.ObjectEvent()));
        var stream = new MemoryStream([.. prefix, .. document]) { Position = prefix.Length };

        var events = await EpcisReading.ReadAllAsync(stream);

        Assert.Single(events);
        Assert.Equal("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", events[0].DocumentContext.GetString());
    }

    [Fact]
    public async Task A_header_value_over_the_limit_is_refused()
    {
        var json = EpcisReading.Document(EpcisReading.ObjectEvent())
            .Replace("\"type\":\"EPCISDocument\"", $"\"ex:big\":\"{new string('x', 5000)}\",\"type\":\"EPCISDocument\"");

        var (error, _) = await EpcisReading.ReadErrorAsync(json, new EpcisReaderOptions(MaxHeaderValueBytes: 1000, ReadBufferBytes: 256));

        Assert.Equal(EpcisErrorKind.TooLarge, error.Kind);
        Assert.Equal("$['ex:big']", error.JsonPath);
        Assert.Equal("the value of \"ex:big\" is larger than MaxHeaderValueBytes (1,000 bytes)", error.Reason);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = new string('[', 70) + new string(']', 70);
        var json = EpcisReading.Document(EpcisReading.ObjectEvent($"\"ex:deep\":{deep}"));

        var (error, _) = await EpcisReading.ReadErrorAsync(json);

        Assert.Equal(EpcisErrorKind.MalformedJson, error.Kind);
        Assert.Equal(0, error.EventIndex);
        Assert.Contains("maximum configured depth of 64", error.Reason);
    }

    [Fact]
    public async Task Extension_members_of_the_body_are_skipped_however_large()
    {
        var big = string.Join(",", Enumerable.Repeat("{\"a\":[1,2,{\"b\":\"c\"}]}", 20_000));
        var json = EpcisReading.Document(EpcisReading.ObjectEvent())
            .Replace("\"epcisBody\":{", $"\"epcisBody\":{{\"ex:bulk\":[{big}],");

        var events = await EpcisReading.ReadAllAsync(json, new EpcisReaderOptions(MaxHeaderValueBytes: 1024, ReadBufferBytes: 512));

        Assert.Single(events);
    }

    [Fact]
    public async Task A_missing_schemaVersion_written_after_the_body_is_found_after_the_events()
    {
        var json = EpcisReading.Document(EpcisReading.ObjectEvent(), EpcisReading.ObjectEvent())
            .Replace("\"schemaVersion\":\"2.0\",", "");

        var (error, eventsBefore) = await EpcisReading.ReadErrorAsync(json);

        Assert.Equal(2, eventsBefore);
        Assert.Null(error.EventIndex);
        Assert.Equal("test.jsonld: at $: an EPCISDocument must have \"schemaVersion\"", error.Message);
    }

    [Fact]
    public async Task Whitespace_after_the_document_is_fine()
    {
        var events = await EpcisReading.ReadAllAsync(EpcisReading.Document(EpcisReading.ObjectEvent()) + "\n\r\n\t  ");

        Assert.Single(events);
    }

    [Fact]
    public async Task A_byte_order_mark_alone_is_an_empty_input()
    {
        var (error, _) = await EpcisReading.ReadErrorAsync(new MemoryStream([0xEF, 0xBB, 0xBF]));

        Assert.Equal(EpcisErrorKind.MalformedJson, error.Kind);
        Assert.Equal("the input is empty; expected an EPCIS document", error.Reason);
    }

    [Fact]
    public async Task Invalid_UTF8_split_across_chunks_is_found()
    {
        var bytes = Encoding.UTF8.GetBytes(EpcisReading.Document(EpcisReading.ObjectEvent("\"ex:t\":\"°°°°°°°°°°°°°°°°°°°°°°°°°°°°°°\"")));
        var at = Array.IndexOf(bytes, (byte)0xC2) + 21; // inside the run of two-byte characters
        bytes[at] = 0xC2; // a lead byte where a continuation byte belongs

        var (error, _) = await EpcisReading.ReadErrorAsync(new NonSeekableStream(new MemoryStream(bytes)), new EpcisReaderOptions(ReadBufferBytes: 16));

        Assert.Equal(EpcisErrorKind.MalformedJson, error.Kind);
        // The sequence that breaks is the lead byte before it, now followed by no continuation byte.
        Assert.Equal($"the input is not UTF-8: invalid byte 0xC2 at offset {at - 1}", error.Reason);
        Assert.Equal(at - 1, error.ByteOffset);
        Assert.Null(error.EventIndex);
    }

    [Fact]
    public void Options_that_make_no_sense_are_refused_at_once()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EpcisDocumentReader.ReadEventsAsync(new MemoryStream(), "x", new EpcisReaderOptions(MaxEventBytes: 0)));
        Assert.Throws<ArgumentException>(() => EpcisDocumentReader.ReadEventsAsync(new MemoryStream(), ""));
    }
}
