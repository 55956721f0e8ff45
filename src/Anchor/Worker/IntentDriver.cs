using Anchor.Ethereum;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Microsoft.Extensions.Logging;

namespace Anchor.Worker;

/// <summary>
/// Drives a persisted intent to its end: keeps its latest transaction in the node's pool
/// (re-broadcasting the stored bytes after a crash or a drop), replaces it with higher fees when
/// it waits too long, watches every transaction signed for it (whichever is mined wins), waits for
/// the confirmations, checks that the block is still canonical, and records the anchor. A receipt
/// that disappears in a reorg simply sends it back to waiting; its transaction is broadcast again.
/// </summary>
internal sealed class IntentDriver(IAnchorJournal journal, Web3 web3, CycleSettings settings, ICycleObserver observer, ILogger logger, string publisher)
{
    private bool _feeCapNoted;

    private IEthereumRpc Rpc => web3.Eth;

    public async Task<CycleReport> DriveAsync(AnchorIntent intent, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await FindMinedAsync(intent, cancellationToken) is { } mined)
            {
                if (await TryFinishAsync(intent, mined, cancellationToken) is { } report) return report;
            }
            else if (await NonceTakenElsewhereAsync(intent, cancellationToken))
            {
                return await AbandonAsync(intent, cancellationToken);
            }
            else
            {
                intent = await KeepInPoolAsync(intent, cancellationToken);
            }
            await Task.Delay(settings.PollInterval, cancellationToken);
        }
    }

    /// <summary>The receipt of whichever transaction of the intent is mined, newest first.</summary>
    private async Task<TransactionReceipt?> FindMinedAsync(AnchorIntent intent, CancellationToken cancellationToken)
    {
        for (var i = intent.Transactions.Count - 1; i >= 0; i--)
        {
            if (await Rpc.GetTransactionReceiptAsync(intent.Transactions[i].Hash, cancellationToken) is { } receipt) return receipt;
        }
        return null;
    }

    // Null while confirmations are still missing or the receipt's block was reorganised away.
    private async Task<CycleReport?> TryFinishAsync(AnchorIntent intent, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        await observer.OnStepAsync(publisher, CycleStep.Mined, cancellationToken);
        if (!receipt.Succeeded)
        {
            var reason = await DecodeFailureAsync(intent, receipt, cancellationToken);
            await journal.CloseAsync(intent.Id, IntentState.Failed, reason.Message, cancellationToken);
            logger.LogError("{Publisher}: the anchor to size {Size} reverted: {Reason}", publisher, intent.ToSize, reason.Message);
            throw reason;
        }

        var latest = await Rpc.BlockNumberAsync(cancellationToken);
        if (latest + 1 < receipt.BlockNumber + (ulong)settings.Confirmations) return null;
        var block = await Rpc.GetBlockByNumberAsync(BlockParameter.At(receipt.BlockNumber), cancellationToken);
        if (block is null || block.Hash != receipt.BlockHash)
        {
            logger.LogWarning("{Publisher}: block {Block} of tx {Hash} is no longer canonical; waiting for the transaction again",
                publisher, receipt.BlockNumber, receipt.TransactionHash);
            return null;
        }
        await observer.OnStepAsync(publisher, CycleStep.Confirmed, cancellationToken);

        await journal.ConfirmAsync(new RecordedAnchor(intent.Id, intent.PublisherId, intent.ToSize, intent.ToRoot, receipt.TransactionHash,
            receipt.BlockNumber, receipt.BlockHash, DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp), receipt.GasUsed, DateTimeOffset.UtcNow),
            cancellationToken);
        await observer.OnStepAsync(publisher, CycleStep.Recorded, cancellationToken);
        logger.LogInformation("{Publisher}: anchored size {Size} in block {Block}, tx {Hash}, gas {Gas}",
            publisher, intent.ToSize, receipt.BlockNumber, receipt.TransactionHash, receipt.GasUsed);
        return new CycleReport(publisher, CycleResult.Anchored, intent.FromSize, intent.ToSize, intent.ToRoot, receipt.TransactionHash,
            receipt.BlockNumber, receipt.GasUsed);
    }

    private async Task<ContractRevertedException> DecodeFailureAsync(AnchorIntent intent, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        var mined = intent.Transactions.First(t => t.Hash == receipt.TransactionHash);
        try
        {
            await web3.TransactionManager.EnsureSucceededAsync(receipt, SignedTransaction.Decode(mined.Raw), AnchorRegistryAbi.Contract.Errors, cancellationToken);
            return new ContractRevertedException("eth_getTransactionReceipt", null, $"transaction {receipt.TransactionHash} failed", ReadOnlyMemory<byte>.Empty, receipt.TransactionHash);
        }
        catch (ContractRevertedException revert)
        {
            return revert;
        }
    }

    // The account's mined nonce passed the intent's while none of its transactions has a receipt:
    // another transaction took the nonce. Checked twice, since a receipt can lag the count.
    private async Task<bool> NonceTakenElsewhereAsync(AnchorIntent intent, CancellationToken cancellationToken)
    {
        var mined = await Rpc.GetTransactionCountAsync(web3.Account!.Address, BlockParameter.Latest, cancellationToken);
        if (mined <= intent.Nonce) return false;
        await Task.Delay(settings.PollInterval, cancellationToken);
        return await FindMinedAsync(intent, cancellationToken) is null;
    }

    private async Task<CycleReport> AbandonAsync(AnchorIntent intent, CancellationToken cancellationToken)
    {
        var reason = $"nonce {intent.Nonce} was used by a transaction this worker did not sign for the intent; the next cycle starts again from the chain's head";
        await journal.CloseAsync(intent.Id, IntentState.Abandoned, reason, cancellationToken);
        logger.LogWarning("{Publisher}: abandoned the anchor to size {Size}: {Reason}", publisher, intent.ToSize, reason);
        return new CycleReport(publisher, CycleResult.Abandoned, intent.FromSize, intent.FromSize, Note: reason);
    }

    private async Task<AnchorIntent> KeepInPoolAsync(AnchorIntent intent, CancellationToken cancellationToken)
    {
        var latest = intent.Latest;
        var inPool = latest.LastBroadcastAt is not null && await Rpc.GetTransactionByHashAsync(latest.Hash, cancellationToken) is not null;
        if (!inPool) return await BroadcastAsync(intent, latest, cancellationToken);
        if (DateTimeOffset.UtcNow - latest.LastBroadcastAt < settings.ReplaceAfter) return intent;

        var previous = new Fees(latest.MaxFeePerGas, latest.MaxPriorityFeePerGas);
        var fees = settings.Fees.Replacement(previous, await web3.TransactionManager.SuggestFeesAsync(cancellationToken));
        if (fees is null)
        {
            if (!_feeCapNoted)
            {
                logger.LogWarning("{Publisher}: tx {Hash} is still unmined but its max fee {Fee} wei is at the cap; waiting for fees to fall",
                    publisher, latest.Hash, latest.MaxFeePerGas);
                _feeCapNoted = true;
            }
            return intent;
        }
        var original = (Eip1559Transaction)SignedTransaction.Decode(latest.Raw).Transaction;
        var replacement = web3.Account!.SignTransaction(original with { MaxFeePerGas = fees.MaxFeePerGas, MaxPriorityFeePerGas = fees.MaxPriorityFeePerGas });
        var stored = new IntentTransaction(replacement.Hash, replacement.Raw.ToArray(), fees.MaxFeePerGas, fees.MaxPriorityFeePerGas, DateTimeOffset.UtcNow, null);
        await journal.AddTransactionAsync(intent.Id, stored, cancellationToken);
        logger.LogInformation("{Publisher}: replacing tx {Old} with {New} (max fee {OldFee} → {NewFee} wei, tip {OldTip} → {NewTip} wei)",
            publisher, latest.Hash, stored.Hash, previous.MaxFeePerGas, fees.MaxFeePerGas, previous.MaxPriorityFeePerGas, fees.MaxPriorityFeePerGas);
        return await BroadcastAsync(intent with { Transactions = [.. intent.Transactions, stored] }, stored, cancellationToken);
    }

    /// <summary>Broadcasts <paramref name="transaction"/> and returns the intent with its broadcast time noted.</summary>
    private async Task<AnchorIntent> BroadcastAsync(AnchorIntent intent, IntentTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await web3.TransactionManager.BroadcastAsync(SignedTransaction.Decode(transaction.Raw), cancellationToken);
        }
        catch (RpcException e) when (e.Kind is RpcErrorKind.NonceTooLow or RpcErrorKind.ReplacementUnderpriced || e is ContractRevertedException { TransactionHash: not null })
        {
            // Nonce too low: one of the intent's transactions (or another) was mined; the receipts and
            // the nonce check of the next round tell which. Underpriced: an earlier transaction of the
            // intent is still pooled with fees this one does not beat by enough; the next replacement
            // raises them again. A revert reported on sending (automine) leaves a receipt to read.
            logger.LogInformation("{Publisher}: broadcasting tx {Hash}: {Message}", publisher, transaction.Hash, e.Message);
        }
        var now = DateTimeOffset.UtcNow;
        await journal.MarkBroadcastAsync(transaction.Hash, now, cancellationToken);
        await observer.OnStepAsync(publisher, CycleStep.Broadcast, cancellationToken);
        return intent with { Transactions = [.. intent.Transactions.Select(t => t.Hash == transaction.Hash ? t with { LastBroadcastAt = now } : t)] };
    }
}
