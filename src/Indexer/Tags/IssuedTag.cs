using Anchor.Indexer.Model;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Tags;

/// <summary>A traceability tag: the evidence bundle, and the Digital Link its QR code carries.</summary>
/// <param name="Bundle">The evidence bundle, UTF-8 JSON (docs/SPEC.md section 5).</param>
/// <param name="DigitalLink">The URI of the QR code.</param>
/// <param name="Publisher">The ledger publisher.</param>
/// <param name="AllianceName">The publisher's alliance name, null if it is not a member.</param>
/// <param name="Anchor">The anchored head the proofs lead to.</param>
/// <param name="OwnEntries">Entries of the batch itself.</param>
/// <param name="InputEntries">Entries of the input lots its TransformationEvents name.</param>
/// <param name="ProofNodes">Distinct nodes in the compact proof.</param>
/// <param name="Recall">The recall, if the batch was recalled.</param>
/// <param name="ColdChain">The cold-chain summary of the batch's own entries.</param>
/// <param name="History">Sizes of the earlier heads linked by consistency proofs (a refreshed bundle).</param>
public sealed record IssuedTag(
    byte[] Bundle, string DigitalLink, string Publisher, string? AllianceName, IndexedAnchor Anchor, int OwnEntries, int InputEntries,
    int ProofNodes, IndexedRecall? Recall, ColdChainSummary ColdChain, IReadOnlyList<ulong> History)
{
    /// <summary>The QR code of the tag.</summary>
    public TagQrCode QrCode() => TagQrCode.For(DigitalLink);
}
