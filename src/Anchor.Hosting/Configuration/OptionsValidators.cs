using Anchor.Ethereum.Keys;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Anchor.Configuration;

/// <summary>
/// Start-up checks of the configuration. Each failure names the key, in both its appsettings and
/// its environment spelling, and says what is wrong with the value, so that a bad setting stops
/// Anchor before it touches the ledger or the chain.
/// </summary>
internal static class OptionsValidators
{
    public sealed class Ledger : IValidateOptions<LedgerOptions>
    {
        public ValidateOptionsResult Validate(string? name, LedgerOptions options)
        {
            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.Database)) failures.Add($"{Key(LedgerOptions.Section, "Database")} is empty");
            if (!IsPublisherName(options.DefaultPublisher))
            {
                failures.Add($"{Key(LedgerOptions.Section, "DefaultPublisher")}: '{options.DefaultPublisher}' is not 1 to 64 characters of a-z, 0-9 and '-'");
            }
            return Result(failures);
        }
    }

    public sealed class Chain : IValidateOptions<ChainOptions>
    {
        public ValidateOptionsResult Validate(string? name, ChainOptions options)
        {
            var failures = new List<string>();
            if (!Uri.TryCreate(options.RpcUrl, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{Key(ChainOptions.Section, "RpcUrl")}: '{options.RpcUrl}' is not an absolute http or https URL");
            }
            if (options.ChainId <= 0) failures.Add($"{Key(ChainOptions.Section, "ChainId")}: {options.ChainId} is not a chain id (a positive number)");
            if (string.IsNullOrWhiteSpace(options.Deployment)) failures.Add($"{Key(ChainOptions.Section, "Deployment")} is empty");
            if (options.Confirmations is < 1 or > 1000)
            {
                failures.Add($"{Key(ChainOptions.Section, "Confirmations")}: {options.Confirmations} is outside 1 to 1000");
            }
            if (options.MaxFeePerGasGwei <= 0) failures.Add($"{Key(ChainOptions.Section, "MaxFeePerGasGwei")}: {options.MaxFeePerGasGwei} must be above 0");
            if (options.RpcTimeout <= TimeSpan.Zero) failures.Add($"{Key(ChainOptions.Section, "RpcTimeout")}: {options.RpcTimeout} must be above zero");
            if (options.ExplorerUrl.Length > 0 && !Uri.TryCreate(options.ExplorerUrl, UriKind.Absolute, out _))
            {
                failures.Add($"{Key(ChainOptions.Section, "ExplorerUrl")}: '{options.ExplorerUrl}' is not an absolute URL");
            }
            return Result(failures);
        }
    }

    public sealed class Worker : IValidateOptions<WorkerOptions>
    {
        public ValidateOptionsResult Validate(string? name, WorkerOptions options)
        {
            var failures = new List<string>();
            if (options.Period <= TimeSpan.Zero) failures.Add($"{Key(WorkerOptions.Section, "Period")}: {options.Period} must be above zero");
            if (options.MinNewEntries < 1) failures.Add($"{Key(WorkerOptions.Section, "MinNewEntries")}: {options.MinNewEntries} must be 1 or more");
            if (options.PollInterval <= TimeSpan.Zero) failures.Add($"{Key(WorkerOptions.Section, "PollInterval")}: {options.PollInterval} must be above zero");
            if (options.ReplaceAfter <= TimeSpan.Zero) failures.Add($"{Key(WorkerOptions.Section, "ReplaceAfter")}: {options.ReplaceAfter} must be above zero");
            if (options.FeeBumpPercent < 12.5m)
            {
                failures.Add($"{Key(WorkerOptions.Section, "FeeBumpPercent")}: {options.FeeBumpPercent} is below 12.5, the least a node accepts for a replacement");
            }
            if (options.MaxBackoff <= TimeSpan.Zero) failures.Add($"{Key(WorkerOptions.Section, "MaxBackoff")}: {options.MaxBackoff} must be above zero");
            return Result(failures);
        }
    }

    public sealed class Publishers : IValidateOptions<PublishersOptions>
    {
        public ValidateOptionsResult Validate(string? name, PublishersOptions options)
        {
            var failures = new List<string>();
            foreach (var (publisher, keys) in options)
            {
                if (!IsPublisherName(publisher))
                {
                    failures.Add($"{Key(PublishersOptions.Section, publisher)}: '{publisher}' is not a publisher name (1 to 64 characters of a-z, 0-9 and '-')");
                }
                if (keys.AccountIndex < 0) failures.Add($"{Key(PublishersOptions.Section, publisher, "AccountIndex")}: {keys.AccountIndex} must be 0 or more");
                var sources = new[] { keys.MnemonicFile, keys.KeyFile, keys.KeystoreFile }.Count(s => !string.IsNullOrEmpty(s));
                if (sources > 1)
                {
                    failures.Add($"{Key(PublishersOptions.Section, publisher)}: give one of MnemonicFile, KeyFile and KeystoreFile, not {sources}");
                }
                foreach (var (file, label) in new[] { (keys.MnemonicFile, "MnemonicFile"), (keys.KeyFile, "KeyFile"), (keys.KeystoreFile, "KeystoreFile"), (keys.KeystorePasswordFile, "KeystorePasswordFile") })
                {
                    if (!string.IsNullOrEmpty(file) && !File.Exists(file))
                    {
                        failures.Add($"{Key(PublishersOptions.Section, publisher, label)}: {file} does not exist");
                    }
                }
            }
            return Result(failures);
        }
    }

    private static string Key(params string[] parts) => ConfigurationKeys.Describe(string.Join(':', parts));

    private static bool IsPublisherName(string name)
    {
        try
        {
            SqliteLedgerStore.ValidatePublisherName(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}

/// <summary>Section "Publishers": each publisher's key source, by publisher name.</summary>
public sealed class PublishersOptions : Dictionary<string, KeySourceOptions>
{
    public const string Section = "Publishers";

    public PublishersOptions() : base(StringComparer.Ordinal) { }
}
