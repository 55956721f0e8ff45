using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Transactions;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace Anchor.Benchmarks.Ethereum;

/// <summary>
/// Signing: BouncyCastle's own RFC 6979 ECDSA (the curve arithmetic everything else sits on), our
/// low-S recoverable signature of a hash, and a whole EIP-1559 <c>anchor</c> transaction.
/// </summary>
public class TransactionBenchmarks
{
    private static readonly byte[] KeyBytes = Convert.FromHexString("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    private readonly byte[] _hash = new byte[32];
    private Account _account = null!;
    private PrivateKey _key = null!;
    private ECDsaSigner _bouncyCastle = null!;
    private AnchorFunction _anchor = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(7).NextBytes(_hash);
        _key = PrivateKey.FromBytes(KeyBytes);
        _account = new Account(_key, chainId: 1);
        _bouncyCastle = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        var domain = Org.BouncyCastle.Crypto.EC.CustomNamedCurves.GetByName("secp256k1");
        _bouncyCastle.Init(true, new ECPrivateKeyParameters(new BigInteger(1, KeyBytes), new ECDomainParameters(domain.Curve, domain.G, domain.N, domain.H)));
        // A period's anchor at 2^20 entries: 18 proof nodes (see the contract-gas figures).
        var proof = Enumerable.Range(0, 18).Select(i => Bytes32.FromBytes(Keccak256.Hash(BitConverter.GetBytes(i)))).ToArray();
        _anchor = new AnchorFunction(1_048_576, Bytes32.FromBytes(Keccak256.Hash("root"u8)), proof);
        SignAnchorTransaction(); // warms the one-time Hardhat test-key table that signing consults
    }

    [Benchmark(Baseline = true)]
    public BigInteger[] BouncyCastleSign() => _bouncyCastle.GenerateSignature(_hash);

    [Benchmark]
    public EcdsaSignature SignHash() => _key.SignHash(_hash);

    [Benchmark]
    public SignedTransaction SignAnchorTransaction() => _account.SignTransaction(new Eip1559Transaction
    {
        ChainId = 1,
        Nonce = 42,
        MaxPriorityFeePerGas = 1_500_000_000,
        MaxFeePerGas = 40_000_000_000,
        GasLimit = 90_000,
        To = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        Data = _anchor.Function.EncodeCall(_anchor.Arguments),
    });
}
