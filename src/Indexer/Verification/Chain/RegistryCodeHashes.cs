using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>
/// keccak256 of the runtime code of each Anchor contract (SPEC section 3), the same on every
/// chain for this version of the contracts: a contract with any other code is not an Anchor
/// registry, whatever it answers.
/// </summary>
internal static class RegistryCodeHashes
{
    public static Hash32 AnchorRegistry { get; } = Hash32.Parse("0x405c1b8b4d080b7518a8ae32773a8f698bc22700879d03df0852655f529efed1");

    public static Hash32 RecallRegistry { get; } = Hash32.Parse("0xe39ab9146676baa571f83ec8527d0b46ccd5340a555f267650ddf8aad7844a63");

    public static Hash32 AllianceRegistry { get; } = Hash32.Parse("0xaceb7fa638a8679348e2f6521cf96cc2463797dd1ce664d8502e7f66533d92de");
}
