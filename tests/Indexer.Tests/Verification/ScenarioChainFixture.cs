using System.Diagnostics;
using System.Text.Json;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// A fresh Hardhat node with the bundle vectors' configuration (a fixed genesis date, so block
/// hashes are reproducible), put into the vectors' chain state by scripts/bundle-vectors/scenario.js.
/// One per test class; stopped after its last test.
/// </summary>
public sealed class ScenarioChainFixture : IAsyncLifetime
{
    /// <summary>The vector chain's Hardhat configuration, relative to the repository root.</summary>
    public const string ConfigPath = "scripts/bundle-vectors/hardhat.config.js";

    private HardhatNode? _node;

    /// <summary>The running node.</summary>
    public HardhatNode Node => _node ?? throw new InvalidOperationException("the node has not started");

    /// <summary>The node's JSON-RPC URL.</summary>
    public Uri RpcUrl => Node.RpcUrl;

    /// <summary>The latest block after the scenario (29).</summary>
    public long LatestBlock { get; private set; }

    public async Task InitializeAsync()
    {
        _node = await HardhatNode.StartAsync(configPath: ConfigPath);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "scripts/bundle-vectors/scenario.js", "--rpc", _node.RpcUrl.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        // The node's own output lists its accounts' keys, so only the script's error is shown.
        if (process.ExitCode != 0) throw new InvalidOperationException($"scenario.js failed ({process.ExitCode}):\n{await stderr}");
        using var summary = JsonDocument.Parse(await stdout);
        LatestBlock = summary.RootElement.GetProperty("latestBlock").GetInt64();
    }

    public async Task DisposeAsync()
    {
        if (_node is not null) await _node.DisposeAsync();
    }
}
