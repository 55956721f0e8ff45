using System.CommandLine;
using System.Text.Json;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Commands;

/// <summary>What every <c>indexer</c> command does alike: load the settings, open the stores, and turn errors into messages and exit codes.</summary>
internal static class CommandSupport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Output for people and scripts, never embedded in HTML: "+08:00" stays readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of text" };

    /// <summary>Runs a command's body with the indexer's settings, mapping every expected failure to a message on standard error and an exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, string name, Func<IndexerSettings, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var settings = IndexerSettings.Load(GlobalOptions.Configuration(parseResult));
            return await body(settings, cancellationToken);
        }
        catch (Exception e) when (ExitCodeOf(e) is { } code)
        {
            await error.WriteLineAsync($"indexer {name}: {e.Message}");
            return code;
        }
    }

    /// <summary>The stores on an existing database; the query commands never create one.</summary>
    /// <exception cref="IndexerCommandException">The database file does not exist.</exception>
    public static (SqliteLedgerStore Ledger, SqliteIndexStore Index) OpenStores(IndexerSettings settings)
    {
        var path = settings.Anchor.Ledger.Database;
        if (!File.Exists(path))
        {
            throw new IndexerCommandException(
                $"there is no database at {Path.GetFullPath(path)} ({ConfigurationKeys.Describe("Ledger:Database")}); ingest with `anchor ingest` and index with `indexer run`",
                ExitCodes.BadConfiguration);
        }
        var database = new SqliteDatabase(path);
        return (new SqliteLedgerStore(database), new SqliteIndexStore(database));
    }

    private static int? ExitCodeOf(Exception e) => e switch
    {
        IndexerCommandException command => command.ExitCode,
        ConfigurationException or DeploymentFileException or ChainMismatchException => ExitCodes.BadConfiguration,
        Microsoft.Extensions.Options.OptionsValidationException => ExitCodes.BadConfiguration,
        RpcException or SqliteException or InvalidDataException => ExitCodes.Failure,
        _ => null,
    };
}
