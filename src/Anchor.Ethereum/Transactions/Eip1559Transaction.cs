using System.Numerics;
using Anchor.Ethereum.Crypto;
using static Anchor.Ethereum.Transactions.TransactionFields;
using RlpCodec = Anchor.Ethereum.Rlp.Rlp;

namespace Anchor.Ethereum.Transactions;

/// <summary>
/// An EIP-1559 (type 2) transaction. The access list is always empty: Anchor's calls touch one
/// contract, where an access list saves nothing.
/// </summary>
public sealed record Eip1559Transaction : IUnsignedTransaction
{
    /// <inheritdoc />
    public TransactionType Type => TransactionType.Eip1559;

    /// <inheritdoc />
    public required ulong ChainId { get; init; }

    /// <inheritdoc />
    public required ulong Nonce { get; init; }

    /// <summary>The most wei per gas paid to the block producer on top of the base fee.</summary>
    public required BigInteger MaxPriorityFeePerGas { get; init; }

    /// <summary>The most wei per gas paid in all (base fee plus tip).</summary>
    public required BigInteger MaxFeePerGas { get; init; }

    /// <inheritdoc />
    public required ulong GasLimit { get; init; }

    /// <inheritdoc />
    public Address? To { get; init; }

    /// <inheritdoc />
    public BigInteger Value { get; init; }

    /// <inheritdoc />
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <inheritdoc />
    public BigInteger MaxCost => MaxFeePerGas * GasLimit + Value;

    /// <inheritdoc />
    public void Validate()
    {
        RequireChainId(ChainId);
        RequireGasLimit(GasLimit);
        RequireUInt256(MaxPriorityFeePerGas, nameof(MaxPriorityFeePerGas));
        RequireUInt256(MaxFeePerGas, nameof(MaxFeePerGas));
        RequireUInt256(Value, nameof(Value));
        if (MaxPriorityFeePerGas > MaxFeePerGas)
        {
            throw new InvalidTransactionException(
                $"MaxPriorityFeePerGas ({MaxPriorityFeePerGas}) exceeds MaxFeePerGas ({MaxFeePerGas}); nodes reject such a transaction");
        }
    }

    /// <inheritdoc />
    public byte[] GetSigningPayload() => Envelope(Fields());

    /// <inheritdoc />
    public byte[] EncodeSigned(EcdsaSignature signature)
    {
        var fields = Fields();
        fields.Add(RlpCodec.EncodeInteger(signature.RecoveryId));
        fields.Add(EncodeScalar(signature.R));
        fields.Add(EncodeScalar(signature.S));
        return Envelope(fields);
    }

    /// <summary>0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, …])</summary>
    private static byte[] Envelope(List<byte[]> fields) => [(byte)TransactionType.Eip1559, .. RlpCodec.EncodeList(fields)];

    private List<byte[]> Fields() =>
    [
        RlpCodec.EncodeInteger(ChainId),
        RlpCodec.EncodeInteger(Nonce),
        RlpCodec.EncodeInteger(MaxPriorityFeePerGas),
        RlpCodec.EncodeInteger(MaxFeePerGas),
        RlpCodec.EncodeInteger(GasLimit),
        EncodeTo(To),
        RlpCodec.EncodeInteger(Value),
        RlpCodec.EncodeBytes(Data.Span),
        RlpCodec.EncodeList(),
    ];
}
