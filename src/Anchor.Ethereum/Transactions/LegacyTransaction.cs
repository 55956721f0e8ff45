using System.Numerics;
using Anchor.Ethereum.Crypto;
using static Anchor.Ethereum.Transactions.TransactionFields;
using RlpCodec = Anchor.Ethereum.Rlp.Rlp;

namespace Anchor.Ethereum.Transactions;

/// <summary>
/// A legacy transaction signed with EIP-155 replay protection (v = recovery id + 2·chainId + 35),
/// for chains and tools that do not take EIP-1559 transactions.
/// </summary>
public sealed record LegacyTransaction : IUnsignedTransaction
{
    /// <inheritdoc />
    public TransactionType Type => TransactionType.Legacy;

    /// <inheritdoc />
    public required ulong ChainId { get; init; }

    /// <inheritdoc />
    public required ulong Nonce { get; init; }

    /// <summary>Wei per gas.</summary>
    public required BigInteger GasPrice { get; init; }

    /// <inheritdoc />
    public required ulong GasLimit { get; init; }

    /// <inheritdoc />
    public Address? To { get; init; }

    /// <inheritdoc />
    public BigInteger Value { get; init; }

    /// <inheritdoc />
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <inheritdoc />
    public BigInteger MaxCost => GasPrice * GasLimit + Value;

    /// <inheritdoc />
    public void Validate()
    {
        RequireChainId(ChainId);
        RequireGasLimit(GasLimit);
        RequireUInt256(GasPrice, nameof(GasPrice));
        RequireUInt256(Value, nameof(Value));
    }

    /// <summary>rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]) (EIP-155).</summary>
    public byte[] GetSigningPayload()
    {
        var fields = Fields();
        fields.Add(RlpCodec.EncodeInteger(ChainId));
        fields.Add(RlpCodec.EncodeInteger(0));
        fields.Add(RlpCodec.EncodeInteger(0));
        return RlpCodec.EncodeList(fields);
    }

    /// <inheritdoc />
    public byte[] EncodeSigned(EcdsaSignature signature)
    {
        var fields = Fields();
        fields.Add(RlpCodec.EncodeInteger(V(signature.RecoveryId)));
        fields.Add(EncodeScalar(signature.R));
        fields.Add(EncodeScalar(signature.S));
        return RlpCodec.EncodeList(fields);
    }

    /// <summary>EIP-155's v for a recovery id on this chain.</summary>
    public BigInteger V(byte recoveryId) => new BigInteger(ChainId) * 2 + 35 + recoveryId;

    private List<byte[]> Fields() =>
    [
        RlpCodec.EncodeInteger(Nonce),
        RlpCodec.EncodeInteger(GasPrice),
        RlpCodec.EncodeInteger(GasLimit),
        EncodeTo(To),
        RlpCodec.EncodeInteger(Value),
        RlpCodec.EncodeBytes(Data.Span),
    ];
}
