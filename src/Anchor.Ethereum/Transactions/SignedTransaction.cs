using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Transactions;

/// <summary>
/// A signed transaction: the raw bytes to broadcast and their hash. Signing and sending are
/// separate steps so that a caller can persist <see cref="Raw"/> before it broadcasts, and
/// re-broadcast the very same bytes after a crash.
/// </summary>
public sealed class SignedTransaction
{
    private readonly byte[] _raw;

    private SignedTransaction(IUnsignedTransaction transaction, EcdsaSignature signature, byte[] raw, Address from)
    {
        Transaction = transaction;
        Signature = signature;
        _raw = raw;
        From = from;
        Hash = Bytes32.FromBytes(Keccak256.Hash(raw));
    }

    /// <summary>The transaction that was signed.</summary>
    public IUnsignedTransaction Transaction { get; }

    /// <summary>The signature.</summary>
    public EcdsaSignature Signature { get; }

    /// <summary>The sender, recovered from (or known at) signing.</summary>
    public Address From { get; }

    /// <summary>keccak256 of the raw bytes: the transaction hash the chain will report.</summary>
    public Bytes32 Hash { get; }

    /// <summary>The raw signed bytes, as <c>eth_sendRawTransaction</c> takes them.</summary>
    public ReadOnlyMemory<byte> Raw => _raw;

    /// <summary>The raw bytes as 0x-prefixed hex.</summary>
    public string RawHex => Hex.Encode(_raw);

    /// <summary>Validates and signs <paramref name="transaction"/> with <paramref name="key"/>.</summary>
    /// <exception cref="InvalidTransactionException">A field is out of range.</exception>
    public static SignedTransaction Sign(IUnsignedTransaction transaction, PrivateKey key)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(key);
        transaction.Validate();
        var signature = key.SignHash(Keccak256.Hash(transaction.GetSigningPayload()));
        return new SignedTransaction(transaction, signature, transaction.EncodeSigned(signature), key.Address);
    }

    /// <summary>
    /// Decodes raw signed bytes (type 2, or legacy with EIP-155) and recovers the sender. Only
    /// canonical encodings are accepted, so <c>Decode(raw).Raw</c> equals <c>raw</c>.
    /// </summary>
    /// <exception cref="InvalidTransactionException">Not a transaction this layer reads.</exception>
    public static SignedTransaction Decode(ReadOnlySpan<byte> raw)
    {
        var (transaction, signature) = TransactionDecoder.Decode(raw);
        var from = PublicKey.Recover(Keccak256.Hash(transaction.GetSigningPayload()), signature).Address;
        var reencoded = transaction.EncodeSigned(signature);
        if (!reencoded.AsSpan().SequenceEqual(raw))
        {
            throw new InvalidTransactionException("the transaction is not canonically encoded");
        }
        return new SignedTransaction(transaction, signature, reencoded, from);
    }

    /// <summary>Decodes 0x-prefixed hex; see <see cref="Decode(ReadOnlySpan{byte})"/>.</summary>
    public static SignedTransaction Decode(string rawHex) => Decode(Hex.Decode(rawHex, "raw transaction"));

    /// <inheritdoc />
    public override string ToString() => $"SignedTransaction({Hash}, {Transaction.Type}, nonce {Transaction.Nonce}, from {From})";
}
