using System.CommandLine;
using System.Text;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Indexer.Verification;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer verify BUNDLE|URL [--rpc URL] [--offline] [--json] [--confirmations N]</c>: checks an
/// evidence bundle by docs/SPEC.md section 7 and prints every check with its reason, the warnings
/// and the verdict (<c>--json</c>: the report). The RPC is --rpc, else the configured Chain:RpcUrl.
/// Exit codes: 0 valid, 1 invalid, 2 cannot verify (also when the bundle cannot be read).
/// </summary>
public static class VerifyCommand
{
    /// <summary>The bundle verifies, on the chain too.</summary>
    public const int Valid = ExitCodes.Success;

    /// <summary>A check failed: the bundle is refuted.</summary>
    public const int Invalid = ExitCodes.Failure;

    /// <summary>Nothing failed, but something could not be checked (offline, RPC down, another chain, too few confirmations), or the bundle could not be read.</summary>
    public const int CannotVerify = 2;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var bundle = new Argument<string>("BUNDLE") { Description = "The bundle: a JSON file, or the tag's http(s) URL (fetched with Accept: application/json)" };
        var offline = new Option<bool>("--offline") { Description = "Run the offline checks only; the verdict is then at best \"cannot verify\"" };
        var confirmations = new Option<int>("--confirmations")
        {
            Description = "Confirmations the anchoring block needs",
            DefaultValueFactory = _ => VerifyOptions.DefaultMinConfirmations,
        };
        var json = CommandSupport.JsonOption();
        var command = new Command("verify", "Verify a traceability tag's evidence bundle against the chain (docs/SPEC.md section 7)")
        {
            bundle, offline, confirmations, json,
        };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var minConfirmations = parseResult.GetValue(confirmations);
            if (minConfirmations < 0)
            {
                await error.WriteLineAsync($"indexer verify: --confirmations must not be negative, got {minConfirmations}");
                return CannotVerify;
            }
            var isOffline = parseResult.GetValue(offline);
            var (rpc, timeout, rpcProblem) = isOffline ? (null, TimeSpan.FromSeconds(10), null) : ChooseRpc(parseResult);
            if (rpcProblem is not null) await error.WriteLineAsync($"indexer verify: {rpcProblem}; the on-chain checks cannot run");

            byte[] bytes;
            var location = parseResult.GetRequiredValue(bundle);
            try
            {
                bytes = await BundleSource.ReadAsync(location, TimeSpan.FromSeconds(30), cancel);
            }
            catch (BundleSourceException e)
            {
                await error.WriteLineAsync($"indexer verify: {e.Message}");
                return CannotVerify;
            }

            var options = new VerifyOptions { Rpc = rpc, Offline = isOffline, MinConfirmations = minConfirmations, RpcTimeout = timeout };
            var report = await BundleVerifier.VerifyAsync(bytes, options, cancel);
            await output.WriteAsync(parseResult.GetValue(json) ? VerificationReportJson.Serialize(report) + Environment.NewLine : Describe(location, report));
            return report.Verdict switch
            {
                VerificationVerdict.Valid => Valid,
                VerificationVerdict.Invalid => Invalid,
                _ => CannotVerify,
            };
        });
        return command;
    }

    /// <summary>--rpc, else the configured Chain:RpcUrl; null with the reason when neither is a usable http(s) URL.</summary>
    private static (Uri? Rpc, TimeSpan Timeout, string? Problem) ChooseRpc(ParseResult parseResult)
    {
        var timeout = TimeSpan.FromSeconds(10);
        var text = parseResult.GetValue(GlobalOptions.Rpc);
        try
        {
            var chain = GlobalOptions.Settings(parseResult).Chain;
            text ??= chain.RpcUrl;
            timeout = chain.RpcTimeout;
        }
        catch (ConfigurationException e) when (text is null)
        {
            return (null, timeout, $"no RPC: {e.Message}");
        }
        catch (ConfigurationException)
        {
            // --rpc was given; the rest of the configuration does not matter to a verifier.
        }
        if (string.IsNullOrWhiteSpace(text)) return (null, timeout, $"no RPC URL ({ConfigurationKeys.Describe("Chain:RpcUrl")} is empty and --rpc was not given)");
        return BundleSource.IsUrl(text, out var url) ? (url, timeout, null) : (null, timeout, $"the RPC URL {text} is not an http or https URL");
    }

    /// <summary>The report for people: one line per check, the warnings, the verdict.</summary>
    public static string Describe(string location, VerificationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Batch is { } batch
            ? $"Bundle {location}: batch (01){batch.Gtin}(10){batch.Lot}, publisher {report.Publisher!.Address}{(report.Offline ? ", offline" : "")}"
            : $"Bundle {location}{(report.Offline ? ", offline" : "")}");
        foreach (var check in report.Checks)
        {
            text.AppendLine($"  {VerificationReportJson.StatusText(check.Status),-13} {check.Name,-14} {check.Reason}");
        }
        if (report.Warnings.Count > 0)
        {
            text.AppendLine("Warnings:");
            foreach (var warning in report.Warnings) text.AppendLine($"  {warning.Check}: {warning.Message}");
        }
        var verdict = VerificationReportJson.VerdictText(report.Verdict);
        text.AppendLine(report.FirstFailure is { } first ? $"Verdict: {verdict} ({first})" : $"Verdict: {verdict}");
        return text.ToString();
    }
}
