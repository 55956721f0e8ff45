using Anchor.Ethereum.Crypto;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;

namespace Anchor.Benchmarks.Ethereum;

/// <summary>One Keccak-256 of 64 bytes (two 32-byte hashes, as a Merkle node hashes them), ours and BouncyCastle's.</summary>
public class KeccakBenchmarks
{
    private readonly byte[] _input = new byte[64];
    private readonly byte[] _output = new byte[32];
    private readonly KeccakDigest _digest = new(256);

    [GlobalSetup]
    public void Setup() => new Random(64).NextBytes(_input);

    [Benchmark(Baseline = true)]
    public void BouncyCastle()
    {
        _digest.BlockUpdate(_input, 0, _input.Length);
        _digest.DoFinal(_output, 0);
    }

    [Benchmark]
    public void Anchor() => Keccak256.Hash(_input, _output);
}
