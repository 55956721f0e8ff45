using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Tags;

/// <summary>JSON settings of evidence bundles: camelCase, and readable non-ASCII (°C, 益生菌) left unescaped.</summary>
internal static class EvidenceBundleJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The cold-chain summary as the bundle's <c>coldChain</c> member.</summary>
    public static JsonNode ColdChain(ColdChainSummary summary) => JsonSerializer.SerializeToNode(summary, Options)!;
}
