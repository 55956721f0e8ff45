using System.Numerics;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rlp;
using static Anchor.Ethereum.Transactions.TransactionFields;
using RlpCodec = Anchor.Ethereum.Rlp.Rlp;

namespace Anchor.Ethereum.Transactions;

/// <summary>Reads raw signed transactions back into their fields and signature.</summary>
internal static class TransactionDecoder
{
    public static (IUnsignedTransaction Transaction, EcdsaSignature Signature) Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty) throw new InvalidTransactionException("a raw transaction cannot be empty");
        try
        {
            if (raw[0] >= 0xc0) return DecodeLegacy(Fields(RlpCodec.Decode(raw), 9, "legacy"));
            if (raw[0] == (byte)TransactionType.Eip1559) return DecodeEip1559(Fields(RlpCodec.Decode(raw[1..]), 12, "EIP-1559"));
        }
        catch (RlpException e)
        {
            throw new InvalidTransactionException($"the raw transaction is not valid RLP: {e.Message}", e);
        }
        throw new InvalidTransactionException($"transaction type 0x{raw[0]:x2} is not supported (only legacy and EIP-1559)");
    }

    private static IReadOnlyList<RlpItem> Fields(RlpItem item, int count, string kind)
    {
        if (item is not RlpList list) throw new InvalidTransactionException($"a {kind} transaction is an RLP list");
        if (list.Items.Count != count)
        {
            throw new InvalidTransactionException($"a signed {kind} transaction has {count} fields, this one has {list.Items.Count}");
        }
        return list.Items;
    }

    private static (IUnsignedTransaction, EcdsaSignature) DecodeEip1559(IReadOnlyList<RlpItem> f)
    {
        if (f[8] is not RlpList { Items.Count: 0 })
        {
            throw new InvalidTransactionException("only an empty access list is supported");
        }
        var transaction = new Eip1559Transaction
        {
            ChainId = UInt64(f[0], "chainId"),
            Nonce = UInt64(f[1], "nonce"),
            MaxPriorityFeePerGas = BigInt(f[2], "maxPriorityFeePerGas"),
            MaxFeePerGas = BigInt(f[3], "maxFeePerGas"),
            GasLimit = UInt64(f[4], "gasLimit"),
            To = DecodeTo(f[5]),
            Value = BigInt(f[6], "value"),
            Data = AsString(f[7], "data").Bytes.ToArray(),
        };
        var yParity = UInt64(f[9], "yParity");
        if (yParity > 1) throw new InvalidTransactionException($"yParity must be 0 or 1, got {yParity}");
        return (transaction, new EcdsaSignature(Scalar32(f[10], "r"), Scalar32(f[11], "s"), (byte)yParity));
    }

    private static (IUnsignedTransaction, EcdsaSignature) DecodeLegacy(IReadOnlyList<RlpItem> f)
    {
        var v = BigInt(f[6], "v");
        if (v < 35)
        {
            throw new InvalidTransactionException($"v = {v}: the transaction has no EIP-155 replay protection");
        }
        var chainId = (v - 35) / 2;
        if (chainId > ulong.MaxValue) throw new InvalidTransactionException($"v = {v} encodes a chain id beyond 64 bits");
        var transaction = new LegacyTransaction
        {
            Nonce = UInt64(f[0], "nonce"),
            GasPrice = BigInt(f[1], "gasPrice"),
            GasLimit = UInt64(f[2], "gasLimit"),
            To = DecodeTo(f[3]),
            Value = BigInt(f[4], "value"),
            Data = AsString(f[5], "data").Bytes.ToArray(),
            ChainId = (ulong)chainId,
        };
        var recoveryId = (byte)((v - 35) % 2);
        return (transaction, new EcdsaSignature(Scalar32(f[7], "r"), Scalar32(f[8], "s"), recoveryId));
    }
}
