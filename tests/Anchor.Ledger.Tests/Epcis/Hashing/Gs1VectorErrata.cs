using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>
/// tests/vectors/epcis-hash/gs1-vector-errata.json: the lines of the shared GS1 reference vectors
/// that contradict CBV 2.0 or themselves, each with what the shared file says, what is expected
/// instead, and why. See the "about" text in that file.
/// </summary>
internal sealed record Gs1VectorErratum(
    string Vector, int Event, string SharedHashId, string SharedPreHashSha256,
    string CorrectedHashId, string CorrectedPreHash, string Reason)
{
    public static IReadOnlyList<Gs1VectorErratum> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("errata").EnumerateArray()
            .Select(item => new Gs1VectorErratum(
                item.GetProperty("vector").GetString()!,
                item.GetProperty("event").GetInt32(),
                item.GetProperty("shared").GetProperty("hashId").GetString()!,
                item.GetProperty("shared").GetProperty("preHashSha256").GetString()!,
                item.GetProperty("corrected").GetProperty("hashId").GetString()!,
                item.GetProperty("corrected").GetProperty("preHash").GetString()!,
                item.GetProperty("reason").GetString()!))
            .ToList();
    }

    /// <summary>True if the shared file still says exactly what this erratum corrects.</summary>
    public bool MatchesShared(string sharedHashId, string? sharedPreHash) =>
        sharedHashId == SharedHashId
        && sharedPreHash is not null
        && Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sharedPreHash))) == SharedPreHashSha256;
}
