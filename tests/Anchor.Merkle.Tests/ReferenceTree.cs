using Anchor.Merkle;

namespace Anchor.Merkle.Tests;

/// <summary>
/// RFC 9162 section 2.1 written as literally as possible (recursion over leaf lists, no stored
/// nodes), as an independent oracle for the stored-node implementation.
/// </summary>
internal static class ReferenceTree
{
    public static Hash32 Mth(IReadOnlyList<Hash32> leaves, int start, int n)
    {
        if (n == 0) return LogHasher.EmptyRoot;
        if (n == 1) return leaves[start];
        var k = Split(n);
        return LogHasher.HashNode(Mth(leaves, start, k), Mth(leaves, start + k, n - k));
    }

    public static List<Hash32> Path(IReadOnlyList<Hash32> leaves, int m, int start, int n)
    {
        if (n == 1) return [];
        var k = Split(n);
        return m < k
            ? [.. Path(leaves, m, start, k), Mth(leaves, start + k, n - k)]
            : [.. Path(leaves, m - k, start + k, n - k), Mth(leaves, start, k)];
    }

    public static List<Hash32> Proof(IReadOnlyList<Hash32> leaves, int m, int n) =>
        m == 0 || m == n ? [] : SubProof(leaves, m, 0, n, true);

    private static List<Hash32> SubProof(IReadOnlyList<Hash32> leaves, int m, int start, int n, bool complete)
    {
        if (m == n) return complete ? [] : [Mth(leaves, start, n)];
        var k = Split(n);
        return m <= k
            ? [.. SubProof(leaves, m, start, k, complete), Mth(leaves, start + k, n - k)]
            : [.. SubProof(leaves, m - k, start + k, n - k, false), Mth(leaves, start, k)];
    }

    private static int Split(int n)
    {
        var k = 1;
        while (k * 2 < n) k *= 2;
        return k;
    }
}
