using Anchor.Ethereum.Rpc;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The on-chain checks of SPEC section 7 (chain, contracts, the online half of history, anchor,
/// confirmations, alliance, recall), with the dependencies of the JavaScript verifier: a chain
/// that is not the bundle's skips the rest, so do contracts that are not Anchor's. All reads are
/// pinned to the latest block read at the start, so the independent checks after contracts ask
/// at once. An RPC that cannot answer makes a check "cannot check", never "fail": only an answer
/// can refute a bundle.
/// </summary>
internal static class ChainChecks
{
    /// <summary>The names this class decides, besides the history check's online half.</summary>
    private static readonly string[] Dependent = [CheckNames.History, CheckNames.Contracts, CheckNames.Anchor, CheckNames.Confirmations, CheckNames.Alliance, CheckNames.Recall];

    public static async Task<Dictionary<string, Outcome>> RunAsync(
        IEthereumRpc rpc, EvidenceBundle bundle, int minConfirmations, ChainFacts facts, CancellationToken token)
    {
        var results = new Dictionary<string, Outcome>();
        var chain = new ChainReader(rpc, bundle);
        void SkipRest(string reason, params string[] except)
        {
            foreach (var name in Dependent.Except(except)) results[name] = Outcome.Skipped(reason);
        }

        results[CheckNames.Chain] = await Guarded(async () =>
        {
            var id = await chain.ChainIdAsync(token);
            // Another chain cannot refute the bundle: it may be valid on the chain it names.
            return id == (ulong)bundle.Chain.ChainId
                ? Outcome.Pass($"the RPC serves chain {id}")
                : Outcome.CannotCheck($"the RPC serves chain {id}, but the bundle is anchored on chain {bundle.Chain.ChainId}; use an RPC of chain {bundle.Chain.ChainId}");
        });
        if (results[CheckNames.Chain].Status != CheckStatus.Pass)
        {
            SkipRest("not checked: the chain check did not pass");
            return results;
        }

        try
        {
            facts.LatestBlock = (long)await chain.PinLatestBlockAsync(token);
        }
        catch (ChainUnavailableException e)
        {
            results[CheckNames.Contracts] = Outcome.CannotCheck($"the RPC could not answer: {e.Message}");
            SkipRest("not checked: the RPC could not give the latest block", CheckNames.Contracts);
            return results;
        }

        results[CheckNames.Contracts] = await Guarded(() => CheckContractsAsync(chain, bundle, token));
        if (results[CheckNames.Contracts].Status != CheckStatus.Pass)
        {
            var why = results[CheckNames.Contracts].Status == CheckStatus.Fail ? "the contracts are not Anchor's registries" : "the contracts could not be checked";
            SkipRest($"not checked: {why}", CheckNames.Contracts);
            return results;
        }

        // Every read is pinned to one block, so these independent checks may ask at once: the
        // outcome is the same as one after another, in about a third of the round trips.
        var history = Guarded(() => CheckHistoryAnchoredAsync(chain, bundle, token));
        var anchor = Guarded(() => AnchorCheck.RunAsync(chain, bundle, token));
        var alliance = Guarded(() => CheckAllianceAsync(chain, bundle, facts, token));
        var recall = Guarded(() => CheckRecallAsync(chain, bundle, facts, token));
        await Task.WhenAll(history, anchor, alliance, recall);
        results[CheckNames.History] = await history;
        results[CheckNames.Anchor] = await anchor;
        results[CheckNames.Confirmations] = CheckConfirmations(results[CheckNames.Anchor], bundle.Anchor.BlockNumber, facts, minConfirmations);
        results[CheckNames.Alliance] = await alliance;
        results[CheckNames.Recall] = await recall;
        return results;
    }

    private static async Task<Outcome> Guarded(Func<Task<Outcome>> check)
    {
        try
        {
            return await check();
        }
        catch (ChainUnavailableException e)
        {
            return Outcome.CannotCheck($"the RPC could not answer: {e.Message}");
        }
    }

    private static async Task<Outcome> CheckContractsAsync(ChainReader chain, EvidenceBundle bundle, CancellationToken token)
    {
        var problems = new List<string>();
        var registries = new[]
        {
            ("anchorRegistry", "AnchorRegistry", bundle.Chain.AnchorRegistry, RegistryCodeHashes.AnchorRegistry),
            ("recallRegistry", "RecallRegistry", bundle.Chain.RecallRegistry, RegistryCodeHashes.RecallRegistry),
            ("allianceRegistry", "AllianceRegistry", bundle.Chain.AllianceRegistry, RegistryCodeHashes.AllianceRegistry),
        };
        var hashes = await Task.WhenAll(registries.Select(r => chain.CodeHashAsync(r.Item3, token)));
        for (var i = 0; i < registries.Length; i++)
        {
            var ((key, name, address, expected), hash) = (registries[i], hashes[i]);
            if (hash is null) problems.Add($"chain.{key} {address} has no code");
            else if (hash != expected) problems.Add($"chain.{key} {address} has code hash {hash}, not {name}'s {expected}");
        }
        return problems.Count > 0
            ? Outcome.Fail(string.Join("; ", problems))
            : Outcome.Pass("AnchorRegistry, RecallRegistry and AllianceRegistry have the runtime code hashes of docs/SPEC.md section 3");
    }

    /// <summary>The online half of history: each earlier head was anchored by the publisher, at its size.</summary>
    private static async Task<Outcome> CheckHistoryAnchoredAsync(ChainReader chain, EvidenceBundle bundle, CancellationToken token)
    {
        if (bundle.History is not { Count: > 0 } history) return Outcome.Pass("the bundle has no earlier heads (nothing to check)");
        for (var i = 0; i < history.Count; i++)
        {
            var head = history[i];
            var record = await chain.AnchorRecordAsync(head.Root, token);
            if (!record.Exists) return Outcome.Fail($"history[{i}]: the publisher never anchored root {head.Root}");
            if (record.Size != (ulong)head.Size) return Outcome.Fail($"history[{i}]: root {head.Root} was anchored at size {record.Size}, not {head.Size}");
        }
        return Outcome.Pass($"{history.Count} earlier head(s) were anchored by the publisher and are consistent with the anchored head");
    }

    private static Outcome CheckConfirmations(Outcome anchor, long blockNumber, ChainFacts facts, int required)
    {
        if (anchor.Status != CheckStatus.Pass) return Outcome.Skipped("not checked: the anchor was not verified");
        var confirmations = facts.LatestBlock!.Value - blockNumber + 1;
        facts.Confirmations = confirmations;
        return confirmations < required
            ? Outcome.CannotCheck($"the anchoring block has {Math.Max(confirmations, 0)} confirmations; {required} are required")
            : Outcome.Pass($"{confirmations} confirmations ({required} required)");
    }

    private static async Task<Outcome> CheckAllianceAsync(ChainReader chain, EvidenceBundle bundle, ChainFacts facts, CancellationToken token)
    {
        var member = await chain.MemberAsync(token);
        facts.Membership = new AllianceMembership(member.IsMember, member.Name, member.MetadataUri, (long)member.AdmittedAt);
        var claim = bundle.Publisher.AllianceName;
        if (member.IsMember)
        {
            var since = $"alliance member since {Rfc3339Time.FormatUnixSeconds((long)member.AdmittedAt)}";
            if (claim is null) return Outcome.Pass($"the publisher is \"{member.Name}\", {since}; the bundle claims no name");
            return claim == member.Name
                ? Outcome.Pass($"\"{member.Name}\", {since}")
                : Outcome.Fail($"the bundle claims the publisher is \"{claim}\", the alliance registry names it \"{member.Name}\"");
        }
        return claim is not null
            ? Outcome.Fail($"the bundle claims the publisher is \"{claim}\", but {bundle.Publisher.AddressText} is not an alliance member")
            : Outcome.Pass($"{bundle.Publisher.AddressText} is not an alliance member (noted; the bundle claims no name)");
    }

    private static async Task<Outcome> CheckRecallAsync(ChainReader chain, EvidenceBundle bundle, ChainFacts facts, CancellationToken token)
    {
        var recalledAt = (long)await chain.RecalledAtAsync(token);
        var claim = bundle.Recall;
        if (recalledAt == 0)
        {
            facts.Recall = new ChainRecall(false, null, null);
            return claim.RecalledAt is { } claimed
                ? Outcome.Fail($"the bundle claims a recall at {Rfc3339Time.FormatUnixSeconds(claimed)}, but the chain records none")
                : Outcome.Pass("the batch has not been recalled");
        }
        var reason = await chain.RecallReasonAsync(token);
        facts.Recall = new ChainRecall(true, recalledAt, reason);
        var said = reason is null ? "(the reason could not be read)" : Gs1Names.Quote(reason);
        var message = $"the batch was recalled at {Rfc3339Time.FormatUnixSeconds(recalledAt)}: {said}";
        if (!claim.Claimed) message += "; the bundle claims no recall";
        else if (claim.RecalledAt != recalledAt || (reason is not null && reason != claim.Reason)) message += "; the bundle's recall claim differs";
        return Outcome.Fail(message);
    }
}
