using System.Text;
using System.Text.Json;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>The outcome a vector expects in one mode (tests/vectors/bundles/README.md).</summary>
/// <param name="Verdict">"valid", "invalid" or "cannot verify".</param>
/// <param name="FirstFailure">The first failed check (invalid), the first not completed (cannot verify), else null.</param>
public sealed record ExpectedOutcome(string Verdict, string? FirstFailure);

/// <summary>One shared bundle vector: the input bytes, the verifier setting and the expected outcomes.</summary>
public sealed record BundleVector(string File, byte[] Input, int MinConfirmations, ExpectedOutcome Offline, ExpectedOutcome Online, JsonElement? Bundle);

/// <summary>Reads tests/vectors/bundles: one file per case, so a new vector is a new file.</summary>
public static class BundleVectors
{
    /// <summary>The vector folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Vectors, "bundles");

    /// <summary>The vector files' names, sorted.</summary>
    public static IReadOnlyList<string> FileNames =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>For xunit's MemberData: one row per vector file.</summary>
    public static TheoryData<string> Files => new(FileNames);

    /// <summary>Reads one vector; the input is exactly one of bundle, bundleText or bundleGenerator.</summary>
    public static BundleVector Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));
        var root = document.RootElement;
        JsonElement? bundle = null;
        byte[] input;
        if (root.TryGetProperty("bundle", out var b))
        {
            // Any faithful serialisation will do: events are strings, so nothing depends on member order or spacing.
            bundle = b.Clone();
            input = Encoding.UTF8.GetBytes(b.GetRawText());
        }
        else if (root.TryGetProperty("bundleText", out var text))
        {
            input = Encoding.UTF8.GetBytes(text.GetString()!);
        }
        else
        {
            var g = root.GetProperty("bundleGenerator");
            var builder = new StringBuilder(g.GetProperty("prefix").GetString());
            builder.Insert(builder.Length, g.GetProperty("repeat").GetString(), g.GetProperty("count").GetInt32());
            builder.Append(g.GetProperty("suffix").GetString());
            input = Encoding.UTF8.GetBytes(builder.ToString());
        }
        var expected = root.GetProperty("expected");
        return new BundleVector(file, input, root.GetProperty("minConfirmations").GetInt32(),
            Outcome(expected.GetProperty("offline")), Outcome(expected.GetProperty("online")), bundle);
    }

    /// <summary>The bundles of the valid vectors, as JSON text, for mutation.</summary>
    public static IReadOnlyList<(string File, string Json)> ValidBundles() =>
        FileNames.Where(f => f.StartsWith("valid-", StringComparison.Ordinal))
            .Select(f => (f, Read(f).Bundle!.Value.GetRawText()))
            .ToList();

    private static ExpectedOutcome Outcome(JsonElement e) =>
        new(e.GetProperty("verdict").GetString()!, e.GetProperty("firstFailure").ValueKind == JsonValueKind.Null ? null : e.GetProperty("firstFailure").GetString());
}
