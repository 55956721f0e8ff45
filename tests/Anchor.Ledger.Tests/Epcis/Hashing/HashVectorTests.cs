using Anchor.Ledger.Epcis.Hashing;
using Anchor.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>
/// Every vector file, one test case each: adding a vector is adding NAME.jsonld, NAME.hashes and
/// NAME.prehashes to a vector directory. The events of NAME.jsonld, in document order, must give
/// exactly the hash IDs and pre-hash strings listed; events beyond the listed ones must still hash.
/// </summary>
public sealed class HashVectorTests(ITestOutputHelper output)
{
    private const string SharedVectorsAbsent = "(GS1 reference vectors absent)";

    private static readonly string OwnDirectory = Path.Combine(RepositoryPaths.Vectors, "epcis-hash");
    private static readonly string ErrataPath = Path.Combine(OwnDirectory, "gs1-vector-errata.json");

    /// <summary>The GS1 reference vectors, read from beside the checkout, never copied into it.</summary>
    private static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "epcis", "hash-vectors"));

    public static TheoryData<string> SharedVectorNames()
    {
        var names = new TheoryData<string>();
        if (!Directory.Exists(SharedDirectory))
        {
            names.Add(SharedVectorsAbsent);
            return names;
        }
        foreach (var name in HashVectorFile.NamesIn(SharedDirectory))
        {
            names.Add(name);
        }
        return names;
    }

    public static TheoryData<string> OwnVectorNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in HashVectorFile.NamesIn(OwnDirectory))
        {
            names.Add(name);
        }
        return names;
    }

    [Theory]
    [MemberData(nameof(SharedVectorNames))]
    public void Gs1_reference_vector_matches(string name)
    {
        if (name == SharedVectorsAbsent)
        {
            output.WriteLine($"SKIPPED: no GS1 reference vectors at {SharedDirectory}; none of them was checked.");
            Assert.False(Directory.Exists(SharedDirectory), "this case passes only while the folder is absent");
            return;
        }
        var errata = Gs1VectorErratum.Load(ErrataPath).Where(erratum => erratum.Vector == name).ToList();

        AssertVector(SharedDirectory, name, errata);
    }

    [Theory]
    [MemberData(nameof(OwnVectorNames))]
    public void Own_vector_matches(string name)
    {
        AssertVector(OwnDirectory, name, []);
    }

    [Fact]
    public void Every_gs1_erratum_names_an_event_of_a_shared_vector()
    {
        if (!Directory.Exists(SharedDirectory))
        {
            output.WriteLine($"SKIPPED: no GS1 reference vectors at {SharedDirectory}; the errata were not checked against them.");
            Assert.False(Directory.Exists(SharedDirectory), "this case passes only while the folder is absent");
            return;
        }
        foreach (var erratum in Gs1VectorErratum.Load(ErrataPath))
        {
            using var vector = HashVectorFile.Load(SharedDirectory, erratum.Vector);
            Assert.InRange(erratum.Event, 0, vector.ExpectedHashIds.Count - 1);
            Assert.Equal(erratum.CorrectedHashId, EventHashId.HashIdOf(erratum.CorrectedPreHash));
        }
    }

    [Fact]
    public void Own_vectors_cover_the_normalisations_the_ledger_relies_on()
    {
        var names = HashVectorFile.NamesIn(OwnDirectory).ToList();

        Assert.Contains("digital-link-equals-epc-uri", names);
        Assert.Contains("utc-offset-and-rounding", names);
        Assert.Contains("field-and-list-order", names);
        Assert.Contains("cold-chain-temperature", names);
    }

    private void AssertVector(string directory, string name, IReadOnlyList<Gs1VectorErratum> errata)
    {
        using var vector = HashVectorFile.Load(directory, name);
        var failures = new List<string>();

        var results = vector.Events.Select(e => EventHashId.Compute(e, vector.Context, vector.Options)).ToList();

        if (results.Count < vector.ExpectedHashIds.Count)
        {
            failures.Add($"{name}: {vector.ExpectedHashIds.Count} hash IDs listed but only {results.Count} events");
        }
        for (var i = 0; i < Math.Min(results.Count, vector.ExpectedHashIds.Count); i++)
        {
            var expectedHashId = vector.ExpectedHashIds[i];
            var expectedPreHash = i < vector.ExpectedPreHashes.Count ? vector.ExpectedPreHashes[i] : null;
            if (errata.FirstOrDefault(erratum => erratum.Event == i) is { } erratum)
            {
                if (!erratum.MatchesShared(expectedHashId, expectedPreHash))
                {
                    failures.Add($"{name}[{i}]: the shared vector no longer says what gs1-vector-errata.json corrects; review the erratum");
                    continue;
                }
                output.WriteLine($"ERRATUM {name}[{i}]: expecting {erratum.CorrectedHashId} instead of {expectedHashId}. {erratum.Reason}");
                expectedHashId = erratum.CorrectedHashId;
                expectedPreHash = erratum.CorrectedPreHash;
            }
            if (expectedPreHash is not null && expectedPreHash != results[i].PreHash)
            {
                failures.Add($"{name}[{i}] pre-hash differs: {Difference(expectedPreHash, results[i].PreHash)}");
            }
            if (expectedHashId != results[i].HashId)
            {
                failures.Add($"{name}[{i}] hash ID: expected {expectedHashId}, computed {results[i].HashId}");
            }
        }
        output.WriteLine($"{name}: {vector.ExpectedHashIds.Count} listed hash IDs checked, {errata.Count} errata, "
            + $"{Math.Max(0, results.Count - vector.ExpectedHashIds.Count)} further events hashed without a listed value");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Where two pre-hash strings part, with some context: enough to see which field is wrong.
    private static string Difference(string expected, string actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        var from = Math.Max(0, at - 40);
        string Excerpt(string s) => s.Length <= from ? "(end)" : s.Substring(from, Math.Min(120, s.Length - from));
        return $"at character {at}{Environment.NewLine}  expected …{Excerpt(expected)}{Environment.NewLine}  computed …{Excerpt(actual)}";
    }
}
