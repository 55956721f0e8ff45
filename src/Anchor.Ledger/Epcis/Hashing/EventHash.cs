namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The CBV 2.0 EPCIS Event Hash ID of one event, with the canonical pre-hash string it was computed
/// from.
/// </summary>
/// <param name="PreHash">
/// The canonical pre-hash string (CBV 2.0 section "EPCIS Event Hash ID"): the event's fields in the
/// canonical property order, normalised and concatenated without separators. Its UTF-8 bytes are
/// what SHA-256 hashes. Keep it for diagnostics: two implementations that disagree on a hash ID
/// disagree first on this string.
/// </param>
/// <param name="HashId">
/// The hash ID as an RFC 6920 'ni' URI: <c>ni:///sha-256;&lt;64 lower-case hex digits&gt;?ver=CBV2.0</c>.
/// </param>
public sealed record EventHash(string PreHash, string HashId);
