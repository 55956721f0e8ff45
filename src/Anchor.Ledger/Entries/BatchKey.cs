using System.Text;
using Anchor.Ethereum.Crypto;
using Anchor.Merkle;

namespace Anchor.Ledger.Entries;

/// <summary>
/// The 32-byte key of a batch (docs/SPEC.md section 2.2): <c>keccak256(UTF-8("/01/" + gtin14 + "/10/" + lot))</c>,
/// the batch's GS1 Digital Link path with the lot unescaped. Recalls on chain and leaves in the log
/// name a batch by this key; anyone who knows the GTIN and lot can compute it.
/// </summary>
public static class BatchKey
{
    /// <summary>The key of the batch with GTIN-14 <paramref name="gtin14"/> and lot <paramref name="lot"/>.</summary>
    /// <exception cref="ArgumentException">The GTIN is not 14 digits or the lot is empty.</exception>
    public static Hash32 Of(string gtin14, string lot)
    {
        if (gtin14 is not { Length: 14 } || !gtin14.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{gtin14}' is not a 14-digit GTIN", nameof(gtin14));
        }
        if (string.IsNullOrEmpty(lot)) throw new ArgumentException("the lot is empty", nameof(lot));
        return new Hash32(Keccak256.Hash(Encoding.UTF8.GetBytes($"/01/{gtin14}/10/{lot}")));
    }
}
