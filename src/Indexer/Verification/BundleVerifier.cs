using Anchor.Ethereum.Rpc;

namespace Anchor.Indexer.Verification;

/// <summary>
/// Verifies an evidence bundle (docs/SPEC.md section 5) by the checks of section 7, in order, and
/// reaches the verdict: invalid if any check fails; otherwise cannot verify if any could not be
/// completed (offline, no RPC, an RPC down or of another chain, too few confirmations); otherwise
/// valid. It agrees with the JavaScript verifier (src/verifier-js) on the shared vectors in
/// tests/vectors/bundles.
/// </summary>
/// <remarks>
/// It never throws for any input: every problem is a check result with a specific reason, and an
/// unexpected internal error becomes "cannot check" (so it can never end as valid).
/// </remarks>
public static class BundleVerifier
{
    // One pooled client for every verification: JsonRpcClient does not dispose a caller's client.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Verifies the bundle in <paramref name="bundleUtf8"/> (UTF-8 JSON, at most 16 MiB).</summary>
    /// <param name="bundleUtf8">The bundle's bytes, as read from a file or a resolver.</param>
    /// <param name="options">The RPC, offline mode and the confirmations required.</param>
    /// <param name="cancellationToken">Cancels the on-chain reads.</param>
    /// <returns>The report: verdict, the eleven checks with reasons, warnings, and the facts a page shows.</returns>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<VerificationReport> VerifyAsync(ReadOnlyMemory<byte> bundleUtf8, VerifyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var run = new VerificationRun(options);
        try
        {
            if (options.Problem() is { } problem)
            {
                run.SetAllUnfinished(Outcome.CannotCheck($"invalid options: {problem}"));
                return run.Finish();
            }
            await VerifyCoreAsync(run, bundleUtf8, options, cancellationToken);
            return run.Finish();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A bug of ours, not a property of the bundle: say so, and never read as valid.
            run.SetAllUnfinished(Outcome.CannotCheck($"internal error of the verifier: {e.GetType().Name}: {e.Message}"));
            return run.Finish();
        }
        finally
        {
            run.Dispose();
        }
    }

    private static async Task VerifyCoreAsync(VerificationRun run, ReadOnlyMemory<byte> bundleUtf8, VerifyOptions options, CancellationToken token)
    {
        if (!BundleInput.TryRead(bundleUtf8, out var document, out var inputProblem))
        {
            run.FailFormat(inputProblem!);
            return;
        }
        run.Own(document!);
        var bundle = BundleFormatReader.Read(document!.RootElement, out var formatReason);
        if (bundle is null)
        {
            run.FailFormat(formatReason);
            return;
        }
        run.Set(CheckNames.Format, Outcome.Pass(formatReason));
        run.Bundle = bundle;

        run.Set(CheckNames.Entries, EntriesCheck.Run(bundle, run.Events, run.WarningsOf(CheckNames.Entries)));
        var verified = new HashSet<int>();
        run.Set(CheckNames.Proofs, ProofsCheck.Run(bundle, verified, run.WarningsOf(CheckNames.Proofs)));
        var (history, historyEmpty) = HistoryConsistencyCheck.Run(bundle);
        run.Set(CheckNames.ColdChain, ColdChainCheck.Run(bundle, run.Events, run.WarningsOf(CheckNames.ColdChain), out var summary));
        run.ColdChain = summary;
        run.Timeline = TimelineBuilder.Build(bundle, run.Events, verified);

        if (options.Offline || options.Rpc is null)
        {
            var why = options.Offline ? "not checked: offline" : "not checked: no RPC URL";
            run.Set(CheckNames.History, MergeHistory(history, historyEmpty, Outcome.Skipped(why)));
            foreach (var name in CheckNames.OnChain)
            {
                run.Set(name, options.Offline ? Outcome.Skipped("not checked: offline") : Outcome.CannotCheck("cannot check: no RPC URL was given"));
            }
            if (options.Offline) run.WarningsOf(CheckNames.Chain).Add("offline: the proofs were checked, but not that the publisher anchored this head on the chain");
            return;
        }

        var results = await RunOnChainAsync(bundle, options, run.Facts, token);
        foreach (var name in CheckNames.OnChain) run.Set(name, results[name]);
        run.Set(CheckNames.History, MergeHistory(history, historyEmpty, results[CheckNames.History]));
        run.WarningsOf(CheckNames.Alliance).AddRange(AllianceNotes(results[CheckNames.Alliance], run.Facts.Membership, bundle.Publisher));
    }

    private static async Task<Dictionary<string, Outcome>> RunOnChainAsync(EvidenceBundle bundle, VerifyOptions options, ChainFacts facts, CancellationToken token)
    {
        JsonRpcClient client;
        try
        {
            client = new JsonRpcClient(Http, options.Rpc!, new JsonRpcClientOptions
            {
                RequestTimeout = options.RpcTimeout,
                MaxRetries = options.RpcRetries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(100),
                RetryMaxDelay = TimeSpan.FromSeconds(2),
            });
        }
        catch (ArgumentException e)
        {
            var results = new Dictionary<string, Outcome> { [CheckNames.Chain] = Outcome.CannotCheck($"the RPC URL cannot be used: {e.Message}") };
            foreach (var name in CheckNames.OnChain.Skip(1).Append(CheckNames.History)) results[name] = Outcome.Skipped("not checked: the chain check did not pass");
            return results;
        }
        using (client)
        {
            return await ChainChecks.RunAsync(client, bundle, options.MinConfirmations, facts, token);
        }
    }

    /// <summary>The history check's offline result (consistency) combined with its online one (anchorRecord).</summary>
    private static Outcome MergeHistory(Outcome offline, bool empty, Outcome online)
    {
        if (offline.Status != CheckStatus.Pass || empty) return offline;
        return online.Status switch
        {
            CheckStatus.Skipped => Outcome.Pass($"{offline.Reason} (not checked on the chain: {online.Reason.Replace("not checked: ", "", StringComparison.Ordinal)})"),
            _ => online,
        };
    }

    /// <summary>Section 7: a publisher that is not a member passes "with that noted"; so is a member the bundle does not name.</summary>
    private static IEnumerable<string> AllianceNotes(Outcome alliance, AllianceMembership? membership, BundlePublisher publisher)
    {
        if (alliance.Status != CheckStatus.Pass || membership is null) yield break;
        if (!membership.IsMember) yield return $"the publisher {publisher.AddressText} is not an alliance member";
        else if (publisher.AllianceName is null) yield return $"the publisher is the alliance member \"{membership.Name}\", which the bundle does not claim";
    }
}
