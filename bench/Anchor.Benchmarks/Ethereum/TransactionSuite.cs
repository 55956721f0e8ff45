namespace Anchor.Benchmarks.Ethereum;

/// <summary>
/// The cost of signing: one whole EIP-1559 <c>anchor</c> transaction (ABI-encode, RLP, keccak,
/// sign, serialise) against the bare secp256k1 signature it cannot avoid, measured in the same run.
/// </summary>
public sealed class TransactionSuite : IBenchmarkSuite
{
    public string Name => "transactions";

    public Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var means = MicroBenchmark.MeanNanoseconds<TransactionBenchmarks>(quick);
        var baseline = means[nameof(TransactionBenchmarks.BouncyCastleSign)] / 1000;
        var signHash = means[nameof(TransactionBenchmarks.SignHash)] / 1000;
        var transaction = means[nameof(TransactionBenchmarks.SignAnchorTransaction)] / 1000;
        var figures = new
        {
            bouncyCastleSignMicroseconds = baseline,
            signHashMicroseconds = signHash,
            signAnchorTransactionMicroseconds = transaction,
        };
        var markdown = $"""
            ## Signing transactions

            Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- transactions` (part of `make bench`).
            BenchmarkDotNet, in process; mean time per operation.

            | operation | µs | vs baseline |
            | --- | ---: | ---: |
            | baseline: BouncyCastle 1.8.10 `ECDsaSigner` with RFC 6979 nonces, on a 32-byte hash | {baseline:N1} | 1.00× |
            | `PrivateKey.SignHash`: RFC 6979, low-S, with the recovery id Ethereum needs | {signHash:N1} | {signHash / baseline:0.00}× |
            | `Account.SignTransaction`: an EIP-1559 `anchor(size, root, proof)` with an 18-node proof: ABI-encode, RLP, keccak, sign, serialise | {transaction:N1} | {transaction / baseline:0.00}× |

            The signature is most of the cost: everything around it (ABI, RLP, two Keccak-256 hashes,
            the test-key guard) adds {transaction - signHash:N1} µs, {100 * (transaction - signHash) / transaction:0}% of the whole. A worker that
            anchors once per period spends well under a millisecond signing.
            """;
        return Task.FromResult(new SuiteReport(figures, markdown));
    }
}
