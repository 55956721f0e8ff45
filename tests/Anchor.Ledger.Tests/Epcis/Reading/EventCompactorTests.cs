using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Anchor.Ledger.Epcis.Reading;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>
/// Properties of the stored form, over many random JSON values: it means the same as the input,
/// it does not depend on how the input escaped its strings or spaced its tokens, and compacting
/// it again changes nothing.
/// </summary>
public sealed class EventCompactorTests
{
    private static readonly string[] Pieces =
        ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "\u007f", "°C", "批号", "😀", "\u2028", "é", "'", "<>&"];

    [Fact]
    public void The_stored_form_is_the_same_value_whatever_the_input_escaping_and_spacing()
    {
        var random = new Random(20260511);
        for (var round = 0; round < 500; round++)
        {
            var value = RandomValue(random, depth: 0);
            var escaped = Write(value, JavaScriptEncoder.Default, indented: true);
            var relaxed = Write(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, indented: false);

            var compact = EventCompactor.Compact(escaped, maxDepth: 64);

            Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(escaped).RootElement, JsonDocument.Parse(compact).RootElement));
            Assert.Equal(compact, EventCompactor.Compact(relaxed, maxDepth: 64));
            Assert.Equal(compact, EventCompactor.Compact(compact, maxDepth: 64));
            AssertOnlyRequiredEscapes(compact);
        }
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => EventCompactor.Compact("{\"a\":\"\\udc00\"}"u8, 64));

    private static void AssertOnlyRequiredEscapes(byte[] compact)
    {
        var text = Encoding.UTF8.GetString(compact);
        for (var i = text.IndexOf('\\'); i >= 0; i = text.IndexOf('\\', i + 2))
        {
            var escape = text[i + 1];
            Assert.Contains(escape, "\"\\bfnrtu");
            if (escape == 'u')
            {
                Assert.Matches("^00[01][0-9a-f]$", text.Substring(i + 2, 4));
            }
        }
    }

    private static object? RandomValue(Random random, int depth) => random.Next(depth > 3 ? 4 : 6) switch
    {
        0 => RandomString(random),
        1 => random.Next(3) switch { 0 => (object)random.Next(-1000, 1000), 1 => random.NextDouble() * 1e6, _ => 1.5e-7 },
        2 => random.Next(2) == 0,
        3 => null,
        4 => Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1)).ToList(),
        _ => Enumerable.Range(0, random.Next(4)).ToDictionary(i => RandomString(random) + i, _ => RandomValue(random, depth + 1)),
    };

    private static string RandomString(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static byte[] Write(object? value, JavaScriptEncoder encoder, bool indented) =>
        JsonSerializer.SerializeToUtf8Bytes(value, new JsonSerializerOptions { Encoder = encoder, WriteIndented = indented });
}
