using System.Text;
using System.Text.Json.Nodes;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>Bundles from the shared vectors, as editable JSON and as the bytes a verifier reads.</summary>
public static class TestBundles
{
    /// <summary>The bundle of a vector file, e.g. valid-within-range.json, as an editable object.</summary>
    public static JsonObject Load(string file) => JsonNode.Parse(BundleVectors.Read(file).Bundle!.Value.GetRawText())!.AsObject();

    /// <summary>The bundle's UTF-8 JSON text.</summary>
    public static byte[] Bytes(JsonNode bundle) => Encoding.UTF8.GetBytes(bundle.ToJsonString());

    /// <summary>A vector's input bytes, exactly as the vector test verifies them.</summary>
    public static byte[] VectorInput(string file) => BundleVectors.Read(file).Input;
}
