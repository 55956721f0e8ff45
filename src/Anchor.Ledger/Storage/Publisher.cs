namespace Anchor.Ledger.Storage;

/// <summary>A brand with its own log. <see cref="Size"/> is the number of committed entries.</summary>
public sealed record Publisher(long Id, string Name, ulong Size, DateTimeOffset CreatedAt);
