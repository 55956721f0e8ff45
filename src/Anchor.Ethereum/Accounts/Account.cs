using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Transactions;

namespace Anchor.Ethereum.Accounts;

/// <summary>
/// A signing account: an address and the key behind it, which signs transactions offline. Keys of
/// the public Hardhat mnemonic sign for the local chain (31337) only.
/// </summary>
/// <remarks><see cref="ToString"/> shows the address; the key is never exposed.</remarks>
public sealed class Account
{
    private readonly PrivateKey _key;

    /// <summary>An account for <paramref name="key"/>.</summary>
    /// <param name="key">The private key.</param>
    /// <param name="chainId">If set, transactions for any other chain are refused.</param>
    public Account(PrivateKey key, ulong? chainId = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        ChainId = chainId;
    }

    /// <summary>The account's address.</summary>
    public Address Address => _key.Address;

    /// <summary>The public key.</summary>
    public PublicKey PublicKey => _key.PublicKey;

    /// <summary>The only chain this account signs for, if set.</summary>
    public ulong? ChainId { get; }

    /// <summary>
    /// Signs a transaction: returns the raw bytes and hash, without sending anything.
    /// </summary>
    /// <exception cref="ChainIdMismatchException">The transaction is for another chain than <see cref="ChainId"/>.</exception>
    /// <exception cref="TestKeyRefusedException">A Hardhat test key and a chain other than 31337.</exception>
    /// <exception cref="InvalidTransactionException">A field is out of range.</exception>
    public SignedTransaction SignTransaction(IUnsignedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (ChainId is { } chainId && transaction.ChainId != chainId)
        {
            throw new ChainIdMismatchException(chainId, transaction.ChainId, $"account {Address} signs for chain {chainId}, not {transaction.ChainId}");
        }
        HardhatTestMnemonic.EnsureAllowed(Address, transaction.ChainId);
        return SignedTransaction.Sign(transaction, _key);
    }

    /// <summary>Signs a 32-byte hash (RFC 6979, low-S, with recovery id).</summary>
    public EcdsaSignature SignHash(ReadOnlySpan<byte> hash) => _key.SignHash(hash);

    /// <inheritdoc />
    public override string ToString() => $"Account({Address}{(ChainId is { } c ? $", chain {c}" : "")})";
}

/// <summary>Two parties disagree on the chain: an account, a transaction and a node.</summary>
public sealed class ChainIdMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChainIdMismatchException(ulong expected, ulong actual, string message) : base(message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The chain that was expected.</summary>
    public ulong Expected { get; }

    /// <summary>The chain that was found.</summary>
    public ulong Actual { get; }
}
