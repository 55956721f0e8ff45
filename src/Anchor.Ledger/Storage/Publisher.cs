namespace Anchor.Ledger.Storage;

/// <summary>
/// A brand with its own log. <see cref="Size"/> is the number of committed entries;
/// <see cref="Address"/> is the checksummed chain address its anchors come from, once known.
/// </summary>
public sealed record Publisher(long Id, string Name, ulong Size, DateTimeOffset CreatedAt, string? Address = null);
