using System.Numerics;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Transactions;

/// <summary>The transaction envelopes Anchor signs.</summary>
public enum TransactionType : byte
{
    /// <summary>A legacy transaction with EIP-155 replay protection.</summary>
    Legacy = 0,

    /// <summary>An EIP-1559 dynamic-fee transaction (type 2).</summary>
    Eip1559 = 2,
}

/// <summary>
/// A transaction before signing. Implementations are immutable records, so a replacement with the
/// same nonce and higher fees is <c>tx with { MaxFeePerGas = …, MaxPriorityFeePerGas = … }</c>.
/// </summary>
public interface IUnsignedTransaction
{
    /// <summary>The envelope type.</summary>
    TransactionType Type { get; }

    /// <summary>The chain the signature is bound to (EIP-155, EIP-1559).</summary>
    ulong ChainId { get; }

    /// <summary>The sender's transaction count this transaction uses.</summary>
    ulong Nonce { get; }

    /// <summary>The most gas the transaction may use.</summary>
    ulong GasLimit { get; }

    /// <summary>The recipient, or null to create a contract.</summary>
    Address? To { get; }

    /// <summary>Wei sent with the transaction.</summary>
    BigInteger Value { get; }

    /// <summary>Call data, or init code for a contract creation.</summary>
    ReadOnlyMemory<byte> Data { get; }

    /// <summary>The most wei the transaction can cost the sender: gas limit × fee cap + value.</summary>
    BigInteger MaxCost { get; }

    /// <summary>Checks the fields; signing calls this first.</summary>
    /// <exception cref="InvalidTransactionException">A field is out of range; the message names it.</exception>
    void Validate();

    /// <summary>The bytes whose keccak256 is signed.</summary>
    byte[] GetSigningPayload();

    /// <summary>The raw signed transaction, as <c>eth_sendRawTransaction</c> takes it.</summary>
    byte[] EncodeSigned(EcdsaSignature signature);
}

/// <summary>A transaction field is out of range, or raw bytes are not a transaction this layer reads.</summary>
public sealed class InvalidTransactionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidTransactionException(string message, Exception? inner = null) : base(message, inner) { }
}
