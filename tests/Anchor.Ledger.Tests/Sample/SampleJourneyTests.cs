using System.Globalization;
using System.Text.Json;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>Every batch goes through the journey of the issue, in time order, with the data each step promises.</summary>
[Collection(GeneratedSampleCollection.Name)]
public class SampleJourneyTests(GeneratedSample sample)
{
    [Fact]
    public void Every_batch_goes_from_origin_to_importer_or_to_destruction_in_time_order()
    {
        foreach (var (_, batch) in sample.ManifestBatches)
        {
            var raw = Events(batch.GetProperty("rawMaterial"));
            var finished = Events(batch);

            // Raw-material lot: origin (harvest, cultivation or component), receiving, incoming QC.
            Assert.Equal(["commissioning", "receiving", "inspecting"], raw.Take(3).Select(BizStep));
            Assert.Equal("ADD", raw[0].GetProperty("action").GetString());
            Assert.True(raw[0].TryGetProperty("ilmd", out _));
            Assert.True(raw[0].TryGetProperty("certificationInfo", out _));

            // Finished lot: made from the raw lot, then inspected on the line.
            var production = finished[0];
            Assert.Equal("TransformationEvent", production.GetProperty("type").GetString());
            Assert.Contains(BizStep(production), new[] { "creating_class_instance", "assembling" });
            var input = BatchKey.Parse(production.GetProperty("inputQuantityList")[0].GetProperty("epcClass").GetString()!);
            Assert.Equal(Key(batch.GetProperty("rawMaterial")), input);
            Assert.Equal("inspecting", BizStep(finished[1]));

            var steps = finished.Select(BizStep).ToList();
            if (steps.Contains("destroying"))
            {
                Assert.Equal("destroying", steps[^1]);
                Assert.Equal("non_conformant", finished[1].GetProperty("disposition").GetString());
            }
            else
            {
                var shippedFrom = steps.IndexOf("packing");
                Assert.Equal(["packing", "shipping", "inspecting", "transporting", "receiving"], steps.Skip(shippedFrom).Take(5));
                var customs = finished[shippedFrom + 2];
                Assert.Equal("export", customs.GetProperty("anchor:customs").GetProperty("anchor:procedure").GetString());
                Assert.Equal("in_transit", customs.GetProperty("disposition").GetString());
            }

            // In ledger order, every event up to any error declaration happens after the one before.
            var journey = raw.Concat(finished).TakeWhile(e => !e.TryGetProperty("errorDeclaration", out _)).ToList();
            var corrected = raw.Concat(finished).Count() - journey.Count;
            Assert.True(corrected is 0 or 2);
            for (var i = 1; i < journey.Count; i++)
            {
                Assert.True(Time(journey[i - 1]) < Time(journey[i]),
                    $"{BizStep(journey[i - 1])} at {Time(journey[i - 1])} is not before {BizStep(journey[i])} at {Time(journey[i])}");
            }
        }
    }

    [Fact]
    public void Harvests_carry_origin_harvest_dates_a_soil_test_and_an_organic_certificate()
    {
        var harvests = sample.Entries.Select(e => e.Event)
            .Where(e => e.TryGetProperty("ilmd", out var ilmd) && ilmd.TryGetProperty("cbvmda:harvestStartDate", out _))
            .ToList();

        Assert.NotEmpty(harvests);
        foreach (var harvest in harvests)
        {
            var ilmd = harvest.GetProperty("ilmd");
            Assert.Matches("^[A-Z]{2}$", ilmd.GetProperty("cbvmda:countryOfOrigin").GetString()!);
            var start = DateOnly.Parse(ilmd.GetProperty("cbvmda:harvestStartDate").GetString()!, CultureInfo.InvariantCulture);
            var end = DateOnly.Parse(ilmd.GetProperty("cbvmda:harvestEndDate").GetString()!, CultureInfo.InvariantCulture);
            Assert.True(start <= end);
            Assert.Equal("pass", ilmd.GetProperty("anchor:soilTest").GetProperty("anchor:result").GetString());
            var certificate = ilmd.GetProperty("anchor:organicCertification").GetProperty("anchor:certificateNumber").GetString()!;
            Assert.EndsWith(certificate, harvest.GetProperty("certificationInfo").GetString());
        }
        Assert.Contains(sample.Entries, e => e.Event.TryGetProperty("ilmd", out var i) && i.TryGetProperty("anchor:cultivation", out _));
        Assert.Contains(sample.Entries, e => e.Event.TryGetProperty("ilmd", out var i) && i.TryGetProperty("anchor:component", out _));
    }

    [Fact]
    public void Shipping_transport_and_receiving_carry_temperature_reports_some_as_interval_summaries()
    {
        var shipped = sample.Entries.Where(e => e.BizStep is "shipping" or "transporting" or "receiving" && e.Event.TryGetProperty("epcList", out _)).ToList();

        Assert.All(shipped, e => Assert.True(e.Event.TryGetProperty("sensorElementList", out _), $"{e.BizStep} without sensor data"));
        var reports = shipped.SelectMany(e => e.Event.GetProperty("sensorElementList").EnumerateArray())
            .SelectMany(element => element.GetProperty("sensorReport").EnumerateArray()).ToList();
        Assert.Contains(reports, r => r.TryGetProperty("minValue", out _) && r.TryGetProperty("maxValue", out _));
        Assert.Contains(reports, r => r.GetProperty("uom").GetString() == "FAH");
        Assert.Contains(reports, r => r.GetProperty("type").GetString() == "gs1:Temperature");
        Assert.Contains(reports, r => r.GetProperty("type").GetString() == "Temperature");
    }

    [Fact]
    public void An_error_declaration_restates_its_event_and_names_a_corrective_event_that_follows_it()
    {
        var declarations = sample.Entries.Where(e => e.IsDeclaration).ToList();

        Assert.NotEmpty(declarations);
        foreach (var declaration in declarations)
        {
            var batch = sample.ByBatch[declaration.Batch];
            var id = declaration.Event.GetProperty("eventID").GetString();
            var original = Assert.Single(batch, e => !e.IsDeclaration && e.Event.GetProperty("eventID").GetString() == id);
            var details = declaration.Event.GetProperty("errorDeclaration");
            Assert.Equal("incorrect_data", details.GetProperty("reason").GetString());
            Assert.True(DateTimeOffset.Parse(details.GetProperty("declarationTime").GetString()!, CultureInfo.InvariantCulture) > Time(original.Event));
            var correctiveId = details.GetProperty("correctiveEventIDs")[0].GetString();
            var corrective = Assert.Single(batch, e => e.Event.GetProperty("eventID").GetString() == correctiveId);
            Assert.True(corrective.Position > declaration.Position && declaration.Position > original.Position);
            Assert.Equal(original.Event.GetProperty("eventTime").GetString(), corrective.Event.GetProperty("eventTime").GetString());
            Assert.Equal(original.BizStep, corrective.BizStep);

            // The declaration is the original, word for word, plus the errorDeclaration.
            var restated = System.Text.Json.Nodes.JsonNode.Parse(declaration.Event.GetRawText())!.AsObject();
            restated.Remove("errorDeclaration");
            Assert.Equal(original.Event.GetRawText(), restated.ToJsonString(new JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
        }
    }

    private List<JsonElement> Events(JsonElement batch) => sample.ByBatch[Key(batch)].Select(e => e.Event).ToList();

    private static BatchKey Key(JsonElement batch) => new(batch.GetProperty("gtin").GetString()!, batch.GetProperty("lot").GetString()!);

    private static string BizStep(JsonElement e) => e.GetProperty("bizStep").GetString()!;

    private static DateTimeOffset Time(JsonElement e) =>
        DateTimeOffset.Parse(e.GetProperty("eventTime").GetString()!, CultureInfo.InvariantCulture);
}
