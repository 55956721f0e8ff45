using System.Text.Json;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The disclosed events that parsed as JSON objects, by position in the bundle's entries. Owns
/// their documents, which the later checks (cold chain, timeline) read.
/// </summary>
internal sealed class ParsedEvents : IDisposable
{
    private readonly Dictionary<int, JsonDocument> _documents = [];

    /// <summary>The event of the entry at <paramref name="position"/>, if it parsed as an object.</summary>
    public bool TryGet(int position, out JsonElement evt)
    {
        if (_documents.TryGetValue(position, out var document))
        {
            evt = document.RootElement;
            return true;
        }
        evt = default;
        return false;
    }

    /// <summary>True when the entry at <paramref name="position"/> has a parsed event.</summary>
    public bool Contains(int position) => _documents.ContainsKey(position);

    /// <summary>Every parsed event.</summary>
    public IEnumerable<JsonElement> All => _documents.Values.Select(d => d.RootElement);

    /// <summary>Takes ownership of the event document of the entry at <paramref name="position"/>.</summary>
    public void Add(int position, JsonDocument document) => _documents[position] = document;

    public void Dispose()
    {
        foreach (var document in _documents.Values) document.Dispose();
        _documents.Clear();
    }
}
