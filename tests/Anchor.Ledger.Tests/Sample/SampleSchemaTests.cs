using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ledger.Tests.ColdChain;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>
/// The sample against the rules of GS1's EPCIS 2.0 JSON Schema (../shared/epcis/schema), read from
/// the schema itself: required fields per event type, allowed property names (or compact IRIs for
/// extensions), and the CBV vocabularies for bizStep, disposition, action, business-transaction
/// and source/destination types, error reasons and measurement types, plus the offset and unit
/// patterns. Not a full JSON Schema validator; that test arrives with the EPCIS validator. When
/// the schema is absent the test says so on its output and checks nothing.
/// </summary>
[Collection(GeneratedSampleCollection.Name)]
public partial class SampleSchemaTests(GeneratedSample sample, ITestOutputHelper output)
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")]
    private static partial Regex AbsoluteUri();

    [Fact]
    public void Every_event_follows_the_gs1_epcis_json_schema_rules_and_vocabularies()
    {
        if (!File.Exists(SharedEpcis.Schema))
        {
            var note = $"SKIPPED (visibly): {SharedEpcis.Schema} is absent, so the sample was not checked against GS1's schema";
            output.WriteLine(note);
            Console.WriteLine(note);
            return;
        }
        using var schemaDocument = JsonDocument.Parse(File.ReadAllBytes(SharedEpcis.Schema));
        var rules = new SchemaRules(schemaDocument.RootElement.GetProperty("definitions"));

        foreach (var (_, root) in sample.Documents)
        {
            foreach (var name in rules.DocumentRequired) Assert.True(root.TryGetProperty(name, out _), $"document without {name}");
            foreach (var evt in root.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray())
            {
                rules.Check(evt);
            }
        }
    }

    private sealed class SchemaRules
    {
        private readonly JsonElement _definitions;
        private readonly Regex _offset;
        private readonly Regex _uom;

        public SchemaRules(JsonElement definitions)
        {
            _definitions = definitions;
            _offset = new Regex(definitions.GetProperty("Event").GetProperty("properties").GetProperty("eventTimeZoneOffset").GetProperty("pattern").GetString()!);
            _uom = new Regex(definitions.GetProperty("uom").GetProperty("pattern").GetString()!);
            DocumentRequired = Strings(definitions.GetProperty("epcisDocument").GetProperty("required"));
        }

        public IReadOnlyList<string> DocumentRequired { get; }

        public void Check(JsonElement evt)
        {
            var type = evt.GetProperty("type").GetString()!;
            var shape = _definitions.GetProperty(type).GetProperty("allOf")[1];
            var where = $"{type} {evt.GetProperty("eventID").GetString()}";

            foreach (var name in Strings(_definitions.GetProperty("Event").GetProperty("required")).Concat(Strings(shape.GetProperty("required"))))
            {
                Assert.True(evt.TryGetProperty(name, out _), $"{where}: no {name}");
            }
            var allowed = Enum(shape.GetProperty("propertyNames")).Concat(Enum(_definitions.GetProperty("common-event-properties"))).ToHashSet();
            foreach (var property in evt.EnumerateObject())
            {
                Assert.True(allowed.Contains(property.Name) || AbsoluteUri().IsMatch(property.Name), $"{where}: property {property.Name} is not allowed");
            }

            Assert.Matches(_offset, evt.GetProperty("eventTimeZoneOffset").GetString()!);
            InVocabulary(evt, "action", "action", where);
            InVocabulary(evt, "bizStep", "bizStep", where);
            InVocabulary(evt, "disposition", "disposition", where);
            foreach (var list in new[] { "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList" })
            {
                if (!evt.TryGetProperty(list, out var quantities)) continue;
                Assert.True(quantities.GetArrayLength() > 0, $"{where}: empty {list}");
                foreach (var q in quantities.EnumerateArray())
                {
                    Assert.Matches(AbsoluteUri(), q.GetProperty("epcClass").GetString()!);
                    if (q.TryGetProperty("uom", out var uom)) Assert.Matches(_uom, uom.GetString()!);
                }
            }
            foreach (var t in Items(evt, "bizTransactionList")) InVocabulary(t, "type", "bizTransaction-type", where);
            foreach (var s in Items(evt, "sourceList")) InVocabulary(s, "type", "source-dest-type", where);
            foreach (var d in Items(evt, "destinationList")) InVocabulary(d, "type", "source-dest-type", where);
            if (evt.TryGetProperty("ilmd", out var ilmd))
            {
                Assert.All(ilmd.EnumerateObject(), p => Assert.Matches(AbsoluteUri(), p.Name));
            }
            if (evt.TryGetProperty("errorDeclaration", out var declaration))
            {
                Assert.True(declaration.TryGetProperty("declarationTime", out _), $"{where}: errorDeclaration without declarationTime");
                InVocabulary(declaration, "reason", "error-reason", where);
            }
            foreach (var element in Items(evt, "sensorElementList")) CheckSensorElement(element, where);
        }

        private void CheckSensorElement(JsonElement element, string where)
        {
            var measurementTypes = Enum(_definitions.GetProperty("measurementType")).ToHashSet();
            var reportNames = Enum(_definitions.GetProperty("sensorReport").GetProperty("propertyNames")).ToHashSet();
            var metadataNames = Enum(_definitions.GetProperty("sensorMetadata").GetProperty("propertyNames")).ToHashSet();
            if (element.TryGetProperty("sensorMetadata", out var metadata))
            {
                Assert.All(metadata.EnumerateObject(), p => Assert.Contains(p.Name, metadataNames));
            }
            var reports = element.GetProperty("sensorReport");
            Assert.True(reports.GetArrayLength() > 0, $"{where}: empty sensorReport");
            foreach (var report in reports.EnumerateArray())
            {
                Assert.All(report.EnumerateObject(), p => Assert.Contains(p.Name, reportNames));
                var measurement = report.GetProperty("type").GetString()!;
                // Either a term of the GS1 vocabulary, or a URI that is not the GS1 vocabulary's full form.
                Assert.True(measurementTypes.Contains(measurement) ||
                    (AbsoluteUri().IsMatch(measurement) && !measurement.Contains("gs1.org/voc/", StringComparison.Ordinal)),
                    $"{where}: measurement type {measurement}");
            }
        }

        private void InVocabulary(JsonElement obj, string property, string definition, string where)
        {
            if (!obj.TryGetProperty(property, out var value)) return;
            Assert.True(Enum(_definitions.GetProperty(definition)).Contains(value.GetString()),
                $"{where}: {property} '{value.GetString()}' is not in the schema's {definition} vocabulary");
        }

        private static IEnumerable<JsonElement> Items(JsonElement obj, string property) =>
            obj.TryGetProperty(property, out var list) ? list.EnumerateArray() : [];

        // The enum of a definition, directly or in one of its anyOf branches.
        private static IEnumerable<string> Enum(JsonElement definition)
        {
            if (definition.TryGetProperty("enum", out var values)) return Strings(values);
            return definition.TryGetProperty("anyOf", out var branches)
                ? branches.EnumerateArray().SelectMany(Enum)
                : [];
        }

        private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
