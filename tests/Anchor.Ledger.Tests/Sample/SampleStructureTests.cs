using System.Globalization;
using System.Text.RegularExpressions;
using Anchor.Ledger.Sample;
using Xunit;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>Every document and event of a mid-size sample has the shape ingest relies on.</summary>
[Collection(GeneratedSampleCollection.Name)]
public partial class SampleStructureTests(GeneratedSample sample)
{
    [GeneratedRegex(@"^[+-]\d\d:\d\d$")]
    private static partial Regex OffsetPattern();

    [Fact]
    public void There_is_one_folder_per_brand_and_brands_json_lists_fifteen_brands_with_the_named_three()
    {
        var brands = sample.Manifest.GetProperty("brands").EnumerateArray().ToList();

        Assert.Equal(15, brands.Count);
        Assert.Equal(15, brands.Select(b => b.GetProperty("slug").GetString()).Distinct().Count());
        var names = brands.Select(b => b.GetProperty("name").GetString()).ToList();
        Assert.Contains("By-Health", names);
        Assert.Contains("Centrum", names);
        Assert.Contains("Harbin Pharmaceutical Group", names);
        foreach (var brand in brands)
        {
            Assert.True(Directory.Exists(Path.Combine(sample.Folder, brand.GetProperty("folder").GetString()!)));
        }
        Assert.Equal(15, Directory.GetDirectories(sample.Folder).Length);
    }

    [Fact]
    public void Every_document_is_a_json_ld_epcis_document_with_the_gs1_context()
    {
        Assert.Equal(sample.Result.Documents, sample.Documents.Count);
        foreach (var (_, root) in sample.Documents)
        {
            var context = root.GetProperty("@context");
            Assert.Equal("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", context[0].GetString());
            Assert.Equal("https://ns.anchor.example/epcis/", context[1].GetProperty("anchor").GetString());
            Assert.Equal("EPCISDocument", root.GetProperty("type").GetString());
            Assert.Equal("2.0", root.GetProperty("schemaVersion").GetString());
            var created = DateTimeOffset.Parse(root.GetProperty("creationDate").GetString()!, CultureInfo.InvariantCulture);
            var events = root.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray().ToList();
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.True(
                DateTimeOffset.Parse(e.GetProperty("eventTime").GetString()!, CultureInfo.InvariantCulture) < created));
        }
    }

    [Fact]
    public void Every_event_has_an_id_a_time_with_its_zone_offset_and_exactly_one_lot()
    {
        Assert.Equal(sample.Result.Events, sample.Entries.Count);
        var ids = new HashSet<string>();
        foreach (var entry in sample.Entries)
        {
            var e = entry.Event;
            var id = e.GetProperty("eventID").GetString()!;
            Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
            // A restated event shares its ID with the original on purpose; nothing else may.
            if (!entry.IsDeclaration) Assert.True(ids.Add(id), $"duplicate eventID {id}");

            var time = e.GetProperty("eventTime").GetString()!;
            var offset = e.GetProperty("eventTimeZoneOffset").GetString()!;
            Assert.Matches(OffsetPattern(), offset);
            Assert.EndsWith(offset, time);

            var lots = BatchKey.LotIdentifiers(e).Select(BatchKey.Parse).ToList();
            Assert.NotEmpty(lots);
            Assert.All(lots, lot => Assert.NotNull(lot));
            Assert.Single(lots.Distinct());
        }
    }

    [Fact]
    public void Local_offsets_are_those_of_the_places_events_happen_in()
    {
        var offsets = sample.Entries.Select(e => e.Event.GetProperty("eventTimeZoneOffset").GetString()).ToHashSet();

        // China, the EU in summer and winter, US east and west in summer and winter, Singapore
        // (+08:00, as China), the UAE, and origins in India, Peru, Brazil, New Zealand and Finland.
        Assert.Superset(new HashSet<string?>
        {
            "+08:00", "+02:00", "+01:00", "-04:00", "-05:00", "-07:00", "-08:00", "+04:00", "+05:30", "-03:00", "+12:00", "+03:00",
        }, offsets);
    }

    [Fact]
    public void Every_gtin_has_a_valid_check_digit_and_every_lot_is_a_listed_product_or_raw_material()
    {
        var gtins = sample.Manifest.GetProperty("brands").EnumerateArray()
            .SelectMany(b => b.GetProperty("products").EnumerateArray())
            .SelectMany(p => new[] { p.GetProperty("gtin").GetString()!, p.GetProperty("rawMaterial").GetProperty("gtin").GetString()! })
            .ToHashSet();
        Assert.All(gtins, g => Assert.True(g.Length == 14 && Gs1CheckDigit.IsValid(g), $"{g} is not a valid GTIN-14"));

        foreach (var key in sample.ByBatch.Keys)
        {
            Assert.True(Gs1CheckDigit.IsValid(key.Gtin), $"{key.Gtin} has a wrong check digit");
            Assert.Contains(key.Gtin, gtins);
            Assert.Matches("^[A-Z0-9]{1,20}$", key.Lot);
        }
    }

    [Fact]
    public void Both_identifier_forms_are_used_across_brands()
    {
        var classes = sample.Entries.SelectMany(e => BatchKey.LotIdentifiers(e.Event)).ToList();

        Assert.Contains(classes, c => c.StartsWith("urn:epc:class:lgtin:", StringComparison.Ordinal));
        Assert.Contains(classes, c => c.StartsWith("https://id.gs1.org/01/", StringComparison.Ordinal));
        Assert.Contains(sample.Entries, e => e.Event.GetProperty("readPoint").GetProperty("id").GetString()!.StartsWith("urn:epc:id:sgln:", StringComparison.Ordinal));
        Assert.Contains(sample.Entries, e => e.Event.GetProperty("readPoint").GetProperty("id").GetString()!.StartsWith("https://id.gs1.org/414/", StringComparison.Ordinal));
    }

    [Fact]
    public void Brands_json_lists_every_batch_written_and_its_event_count()
    {
        var listed = sample.ManifestBatches.ToList();

        Assert.Equal(GeneratedSample.Batches, listed.Count);
        Assert.Equal(sample.Result.Events, sample.Manifest.GetProperty("events").GetInt64());
        foreach (var (brand, batch) in listed)
        {
            var finished = new BatchKey(batch.GetProperty("gtin").GetString()!, batch.GetProperty("lot").GetString()!);
            var raw = new BatchKey(batch.GetProperty("rawMaterial").GetProperty("gtin").GetString()!,
                batch.GetProperty("rawMaterial").GetProperty("lot").GetString()!);
            var events = sample.ByBatch[finished].Concat(sample.ByBatch[raw]).ToList();
            Assert.Equal(batch.GetProperty("events").GetInt32(), events.Count);
            Assert.All(events, e => Assert.Equal((brand, batch.GetProperty("file").GetString()), (e.Brand, e.File)));
        }
    }

    [Fact]
    public void Products_have_temperature_bands_two_to_eight_for_probiotics_and_wider_for_others()
    {
        var products = sample.Manifest.GetProperty("brands").EnumerateArray()
            .SelectMany(b => b.GetProperty("products").EnumerateArray()).ToList();

        foreach (var p in products)
        {
            var band = p.GetProperty("temperatureBand");
            var (min, max) = (band.GetProperty("minCelsius").GetDecimal(), band.GetProperty("maxCelsius").GetDecimal());
            if (p.GetProperty("kind").GetString() == "probiotic") Assert.Equal((2m, 8m), (min, max));
            Assert.True(min < max);
        }
        Assert.Contains(products, p => p.GetProperty("temperatureBand").GetProperty("minCelsius").GetDecimal() == 15m);
        Assert.Contains(products, p => p.GetProperty("category").GetString() == "device");
    }
}
