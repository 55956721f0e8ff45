using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.Ledger.Storage;
using Anchor.Merkle;
using Microsoft.Extensions.Logging;

namespace Anchor.Worker;

/// <summary>Settings of a cycle, from the Chain and Worker sections.</summary>
public sealed record CycleSettings(int Confirmations, int MinNewEntries, TimeSpan PollInterval, TimeSpan ReplaceAfter, FeePolicy Fees);

/// <summary>
/// One anchoring cycle for one publisher. The chain is the truth: the cycle reads the publisher's
/// head from the registry, checks that the ledger extends it, and anchors the ledger's current
/// head with a consistency proof from it. An intent, with its signed transaction, is persisted
/// before anything is broadcast; a pending intent left by an earlier run is always finished first,
/// so a crash at any step neither loses a head nor sends it twice.
/// </summary>
public sealed class AnchorCycle(
    ILedgerStore ledger, IAnchorJournal journal, IEthereumRpc rpc, Address registryAddress, ulong chainId,
    CycleSettings settings, ICycleObserver observer, ILogger logger)
{
    /// <summary>Runs the cycle for <paramref name="publisher"/>, anchoring from <paramref name="account"/>.</summary>
    /// <exception cref="LedgerMismatchException">The chain holds a head the ledger does not.</exception>
    /// <exception cref="ContractRevertedException">The anchor reverted (decoded); it is not retried.</exception>
    /// <exception cref="RpcException">The node could not be reached or answered wrongly; the intent, if any, stays pending.</exception>
    public async Task<CycleReport> RunAsync(Publisher publisher, Account account, CancellationToken cancellationToken)
    {
        await ledger.SetPublisherAddressAsync(publisher, account.Address.ToString(), cancellationToken);
        var web3 = new Web3(rpc, account);
        var driver = new IntentDriver(journal, web3, settings, observer, logger, publisher.Name);

        if (await journal.FindPendingAsync(publisher.Id, cancellationToken) is { } pending)
        {
            logger.LogInformation("{Publisher}: resuming the pending anchor to size {Size} (nonce {Nonce})", publisher.Name, pending.ToSize, pending.Nonce);
            return await driver.DriveAsync(pending, cancellationToken);
        }

        var registry = web3.GetAnchorRegistry(registryAddress);
        var head = await registry.HeadAsync(account.Address, cancellationToken: cancellationToken);
        await observer.OnStepAsync(publisher.Name, CycleStep.HeadRead, cancellationToken);

        var current = await ledger.FindPublisherAsync(publisher.Name, cancellationToken)
            ?? throw new InvalidOperationException($"publisher {publisher.Name} vanished from the ledger");
        var size = current.Size;
        var reader = new MerkleLogReader(ledger.Nodes(current));
        CheckLedgerExtendsHead(publisher.Name, account.Address, head, size, reader);

        if (size == head.Size) return new CycleReport(publisher.Name, CycleResult.UpToDate, head.Size, size, head.Root.ToHash32());
        if (size - head.Size < (ulong)settings.MinNewEntries)
        {
            return new CycleReport(publisher.Name, CycleResult.Waiting, head.Size, head.Size,
                Note: $"{size - head.Size} new entries, fewer than Worker:MinNewEntries ({settings.MinNewEntries})");
        }

        var root = reader.Root(size);
        var proof = reader.ConsistencyProof(head.Size, size);
        if (head.Size > 0) ConsistencyProofVerifier.Verify(head.Size, size, head.Root.ToHash32(), root, proof);
        var anchor = new AnchorFunction(size, root.ToBytes32(), [.. proof.Select(p => p.ToBytes32())]);

        // Estimating gas replays the call: a stale head or any other revert surfaces here, decoded,
        // before a transaction is signed.
        var fees = settings.Fees.Initial(await web3.TransactionManager.SuggestFeesAsync(cancellationToken));
        var nonce = await web3.TransactionManager.GetPendingNonceAsync(cancellationToken);
        SignedTransaction signed;
        try
        {
            signed = await registry.SignAnchorAsync(anchor, new TransactionRequest
            {
                Nonce = nonce, MaxFeePerGas = fees.MaxFeePerGas, MaxPriorityFeePerGas = fees.MaxPriorityFeePerGas,
            }, cancellationToken);
        }
        catch (ContractRevertedException revert)
        {
            throw registry.Handler.DecodeRevert(revert);
        }

        var intent = await journal.CreateAsync(publisher.Id, chainId, registryAddress, head.Size, size, root, nonce,
            new IntentTransaction(signed.Hash, signed.Raw.ToArray(), fees.MaxFeePerGas, fees.MaxPriorityFeePerGas, DateTimeOffset.UtcNow, null),
            cancellationToken);
        logger.LogInformation("{Publisher}: anchoring size {From} → {To}, root {Root}, nonce {Nonce}, tx {Hash}",
            publisher.Name, head.Size, size, root, nonce, signed.Hash);
        await observer.OnStepAsync(publisher.Name, CycleStep.IntentPersisted, cancellationToken);
        return await driver.DriveAsync(intent, cancellationToken);
    }

    // The publisher's key may have anchored only what this ledger holds: a head beyond the ledger,
    // or a different root at the same size, means the chain and the ledger have parted.
    private static void CheckLedgerExtendsHead(string publisher, Address address, AnchorHead head, ulong size, MerkleLogReader reader)
    {
        if (head.Size > size)
        {
            throw new LedgerMismatchException(
                $"{publisher}: {address} anchored size {head.Size} (root {head.Root}) but the ledger holds only {size} entries; " +
                "is this the publisher's ledger, and is it complete?");
        }
        if (head.Size > 0 && reader.Root(head.Size) is var local && local != head.Root.ToHash32())
        {
            throw new LedgerMismatchException(
                $"{publisher}: {address} anchored root {head.Root} at size {head.Size}, but the ledger's root at that size is {local}; " +
                "the key anchored a history this ledger does not hold");
        }
    }
}

/// <summary>Conversions between the Merkle log's and the Ethereum layer's 32-byte types.</summary>
internal static class HashConversions
{
    public static Bytes32 ToBytes32(this Hash32 hash) => Bytes32.FromBytes(hash.ToArray());

    public static Hash32 ToHash32(this Bytes32 value) => new(value.Bytes);
}
