namespace Anchor.Benchmarks;

/// <summary>Every suite, in the order their sections appear in docs/BENCHMARKS.md.</summary>
public static class SuiteCatalog
{
    public static IBenchmarkSuite[] All =>
    [
        new Ethereum.KeccakSuite(),
        new Ethereum.TransactionSuite(),
        new Merkle.TreeSuite(),
        new Merkle.ProofSuite(),
        new Ledger.IngestSuite(),
        new Worker.WorkerSuite(),
        new Indexer.IndexerSuite(),
        new Verification.VerificationSuite(),
    ];
}
