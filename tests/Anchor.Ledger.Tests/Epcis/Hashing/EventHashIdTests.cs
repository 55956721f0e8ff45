using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>The public API's behaviour around the vectors: errors, contexts, options, the ID format.</summary>
public partial class EventHashIdTests
{
    private const string Context = """["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"anchor": "https://anchor.example.org/epcis/"}]""";

    [Fact]
    public void Writes_the_id_as_an_ni_uri_over_the_utf8_pre_hash()
    {
        // SHA-256 of this pre-hash string's UTF-8 bytes, computed independently (Python hashlib).
        var hashId = EventHashId.HashIdOf("eventType=ObjectEvent{https://anchor.example.org/epcis/}herb=人参");

        Assert.Equal("ni:///sha-256;508a9166fe0735b32c5f62a7d5b4af84090782b00d435db41c2c63efc9f2fe7e?ver=CBV2.0", hashId);
        Assert.Matches(HashIdPattern(), hashId);
    }

    [Fact]
    public void Hashes_a_long_pre_hash_string_as_well()
    {
        var hashId = EventHashId.HashIdOf(new string('x', 3000));

        Assert.Equal("ni:///sha-256;e1630f843370f402870799e14abbf2b06af2d23b0153658e1211dffabc61ad8f?ver=CBV2.0", hashId);
    }

    [Fact]
    public void Expands_extension_prefixes_from_the_document_context()
    {
        var result = Compute("""{"type": "ObjectEvent", "action": "OBSERVE", "anchor:batchNote": "ok"}""");

        Assert.Equal("eventType=ObjectEventaction=OBSERVE{https://anchor.example.org/epcis/}batchNote=ok", result.PreHash);
    }

    [Fact]
    public void Lets_an_event_context_add_prefixes()
    {
        var result = Compute("""{"@context": {"qc": "https://qc.example.org/ns#"}, "type": "ObjectEvent", "action": "OBSERVE", "qc:result": "pass"}""");

        Assert.Equal("eventType=ObjectEventaction=OBSERVE{https://qc.example.org/ns#}result=pass", result.PreHash);
    }

    [Fact]
    public void Hashes_a_key_with_an_undefined_prefix_as_written()
    {
        var result = Compute("""{"type": "ObjectEvent", "action": "OBSERVE", "unknown:field": "x"}""");

        Assert.Equal("eventType=ObjectEventaction=OBSERVEunknown:field=x", result.PreHash);
    }

    [Fact]
    public void Ignores_the_fields_named_in_the_options_and_nothing_else()
    {
        const string json = """{"type": "ObjectEvent", "action": "OBSERVE", "anchor:hash": "abc", "anchor:lot": "L1"}""";
        var context = JsonLdContext.Parse(Parse(Context));
        var options = EventHashOptions.IgnoringFields(["anchor:hash"], context);

        var plain = EventHashId.Compute(Parse(json), context);
        var ignoring = EventHashId.Compute(Parse(json), context, options);

        Assert.Contains("hash=abc", plain.PreHash);
        Assert.Equal("eventType=ObjectEventaction=OBSERVE{https://anchor.example.org/epcis/}lot=L1", ignoring.PreHash);
    }

    [Fact]
    public void Reads_a_documents_ignore_declaration_only_when_asked()
    {
        var document = Parse($$"""{"@context": {{Context}}, "anchor:ignoreFields": ["anchor:captureID"]}""");
        var context = JsonLdContext.Parse(document.GetProperty("@context"));

        var options = EventHashOptions.FromDocumentDeclaration(document, context);

        Assert.Equal(["https://anchor.example.org/epcis/captureID"], options.IgnoredFields);
        Assert.Empty(EventHashOptions.Default.IgnoredFields);
    }

    [Fact]
    public void Changes_with_any_value()
    {
        var before = Compute("""{"type": "ObjectEvent", "action": "OBSERVE", "readPoint": {"id": "urn:epc:id:sgln:6901234.00001.0"}}""");
        var after = Compute("""{"type": "ObjectEvent", "action": "OBSERVE", "readPoint": {"id": "urn:epc:id:sgln:6901234.00001.1"}}""");

        Assert.NotEqual(before.HashId, after.HashId);
    }

    [Fact]
    public void Omits_empty_values_and_lists()
    {
        var result = Compute("""{"type": "ObjectEvent", "epcList": [], "action": "OBSERVE", "disposition": " ", "bizTransactionList": []}""");

        Assert.Equal("eventType=ObjectEventaction=OBSERVE", result.PreHash);
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("""{"action": "OBSERVE"}""", "$.type")]
    [InlineData("""{"type": "ObjectEvent", "bizStep": {"id": "shipping"}}""", "$.bizStep")]
    [InlineData("""{"type": "ObjectEvent", "readPoint": "urn:epc:id:sgln:6901234.00001.0"}""", "$.readPoint")]
    [InlineData("""{"type": "ObjectEvent", "epcList": [["urn:epc:id:sgtin:6901234.012345.1"]]}""", "$.epcList[0]")]
    [InlineData("""{"type": "ObjectEvent", "action": "OBSERVE", "action": "ADD"}""", "$.action")]
    public void Rejects_an_event_without_a_canonical_form_naming_the_place(string json, string path)
    {
        var error = Assert.Throws<EventHashException>(() => Compute(json));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message);
    }

    [Fact]
    public void Rejects_a_malformed_context()
    {
        var error = Assert.Throws<EventHashException>(() => JsonLdContext.Parse(Parse("""["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", 42]""")));

        Assert.Equal("@context[1]", error.Path);
    }

    private static EventHash Compute(string json) => EventHashId.Compute(Parse(json), Parse(Context));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [GeneratedRegex("^ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0$")]
    private static partial Regex HashIdPattern();
}
