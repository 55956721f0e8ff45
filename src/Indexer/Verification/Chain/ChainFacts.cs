namespace Anchor.Indexer.Verification;

/// <summary>What the chain said, for the report: filled in as the on-chain checks read it.</summary>
internal sealed class ChainFacts
{
    public long? LatestBlock { get; set; }

    public long? Confirmations { get; set; }

    public AllianceMembership? Membership { get; set; }

    public ChainRecall? Recall { get; set; }
}
