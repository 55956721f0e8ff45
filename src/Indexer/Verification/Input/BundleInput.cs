using System.Text.Json;

namespace Anchor.Indexer.Verification;

/// <summary>
/// Turns the bytes handed to the verifier into a parsed bundle object, or into the specific reason
/// they are not one. The size is bounded before anything is parsed, so that huge input is refused
/// cheaply (SPEC section 5: at most 16 MiB).
/// </summary>
internal static class BundleInput
{
    /// <summary>The largest bundle accepted, in bytes (16 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Parses the bundle; on success the caller owns <paramref name="document"/>.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> utf8, out JsonDocument? document, out string? problem)
    {
        document = null;
        if (utf8.Length > MaxBytes)
        {
            problem = $"the bundle is larger than the limit of 16 MiB ({MaxBytes} bytes): {utf8.Length} bytes";
            return false;
        }
        // RFC 8259 lets a reader ignore a byte order mark; files saved by some editors start with one.
        if (utf8.Span.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];
        if (IsBlank(utf8.Span))
        {
            problem = "the bundle is empty";
            return false;
        }
        if (!StrictJson.TryParse(utf8, out var parsed, out var jsonProblem))
        {
            problem = $"the bundle is not JSON: {jsonProblem}";
            return false;
        }
        if (parsed!.RootElement.ValueKind != JsonValueKind.Object)
        {
            problem = $"the bundle is not a JSON object but {JsonRules.Describe(parsed.RootElement)}";
            parsed.Dispose();
            return false;
        }
        document = parsed;
        problem = null;
        return true;
    }

    // JSON's own white space; a document of nothing else is "empty" rather than "not JSON".
    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(" \t\n\r"u8) < 0;
}
