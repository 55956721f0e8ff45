using System.Globalization;

namespace Anchor.Ethereum.Keys;

/// <summary>A BIP32 derivation path such as <c>m/44'/60'/0'/0/1</c>; <c>'</c> or <c>h</c> marks a hardened step.</summary>
public sealed class KeyPath
{
    /// <summary>The bit that marks a hardened index.</summary>
    public const uint HardenedBit = 0x80000000;

    private KeyPath(IReadOnlyList<uint> indices) => Indices = indices;

    /// <summary>The child indices from the master key down, hardened ones with <see cref="HardenedBit"/> set.</summary>
    public IReadOnlyList<uint> Indices { get; }

    /// <summary>The BIP44 path of Ethereum account <paramref name="index"/>: <c>m/44'/60'/0'/0/index</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative.</exception>
    public static KeyPath Ethereum(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new KeyPath([44 | HardenedBit, 60 | HardenedBit, HardenedBit, 0, (uint)index]);
    }

    /// <summary>Parses <c>m/…</c>.</summary>
    /// <exception cref="FormatException">Not a valid path; the message names the step.</exception>
    public static KeyPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        if (parts[0] != "m") throw new FormatException($"a key path starts with 'm', not '{parts[0]}'");
        var indices = new List<uint>();
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            var hardened = part.EndsWith('\'') || part.EndsWith('h');
            var digits = hardened ? part[..^1] : part;
            if (!uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= HardenedBit)
            {
                throw new FormatException($"step {i} of key path '{path}' ('{part}') is not an index below 2^31");
            }
            indices.Add(hardened ? index | HardenedBit : index);
        }
        return new KeyPath(indices);
    }

    /// <summary>Appends one step.</summary>
    public KeyPath Child(uint index) => new([.. Indices, index]);

    /// <inheritdoc />
    public override string ToString() =>
        "m" + string.Concat(Indices.Select(i => (i & HardenedBit) != 0 ? $"/{i & ~HardenedBit}'" : $"/{i}"));
}
