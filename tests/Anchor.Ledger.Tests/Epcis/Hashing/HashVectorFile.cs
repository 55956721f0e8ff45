using System.Text.Json;
using Anchor.Ledger.Epcis.Hashing;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>
/// One vector: NAME.jsonld (an EPCIS document), NAME.hashes (the hash ID of each event, in document
/// order, one per line) and NAME.prehashes (the pre-hash string of each, one per line; may be absent).
/// </summary>
internal sealed class HashVectorFile : IDisposable
{
    private readonly JsonDocument _document;

    private HashVectorFile(string name, JsonDocument document, string[] hashes, string[] preHashes)
    {
        Name = name;
        _document = document;
        ExpectedHashIds = hashes;
        ExpectedPreHashes = preHashes;
        var root = document.RootElement;
        Context = JsonLdContext.Parse(root.TryGetProperty("@context", out var context) ? context : null);
        // The reference vectors declare repository fields to ignore in the document itself.
        Options = EventHashOptions.FromDocumentDeclaration(root, Context);
        Events = EventsOf(root.GetProperty("epcisBody"));
    }

    public string Name { get; }

    public JsonLdContext Context { get; }

    public EventHashOptions Options { get; }

    public IReadOnlyList<JsonElement> Events { get; }

    public IReadOnlyList<string> ExpectedHashIds { get; }

    public IReadOnlyList<string> ExpectedPreHashes { get; }

    public static HashVectorFile Load(string directory, string name)
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, name + ".jsonld")));
        var hashes = Lines(Path.Combine(directory, name + ".hashes"));
        var preHashPath = Path.Combine(directory, name + ".prehashes");
        var preHashes = File.Exists(preHashPath) ? Lines(preHashPath) : [];
        return new HashVectorFile(name, document, hashes, preHashes);
    }

    /// <summary>The vector names (NAME of NAME.jsonld) in a directory, sorted.</summary>
    public static IEnumerable<string> NamesIn(string directory) =>
        Directory.GetFiles(directory, "*.jsonld")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

    public void Dispose() => _document.Dispose();

    // An EPCISDocument has epcisBody.eventList, an EPCISQueryDocument has it under queryResults.
    private static JsonElement[] EventsOf(JsonElement body)
    {
        if (body.TryGetProperty("eventList", out var list))
        {
            return [.. list.EnumerateArray()];
        }
        if (body.TryGetProperty("queryResults", out var results))
        {
            return [.. results.GetProperty("resultsBody").GetProperty("eventList").EnumerateArray()];
        }
        return [body.GetProperty("event")];
    }

    private static string[] Lines(string path) =>
        File.ReadAllText(path).Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
}
