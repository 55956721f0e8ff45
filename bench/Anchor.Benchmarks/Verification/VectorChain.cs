using System.Diagnostics;
using Anchor.TestSupport;

namespace Anchor.Benchmarks.Verification;

/// <summary>
/// A fresh Hardhat node with the bundle vectors' configuration, put into the vectors' chain state
/// by scripts/bundle-vectors/scenario.js, so that the shared valid bundles verify online.
/// </summary>
public sealed class VectorChain : IAsyncDisposable
{
    private VectorChain(HardhatNode node) => Node = node;

    /// <summary>The running node.</summary>
    public HardhatNode Node { get; }

    /// <summary>Starts the node on a free port and runs the scenario.</summary>
    /// <exception cref="InvalidOperationException">The node does not start or the scenario fails.</exception>
    public static async Task<VectorChain> StartAsync(CancellationToken cancellationToken)
    {
        var node = await HardhatNode.StartAsync(configPath: "scripts/bundle-vectors/hardhat.config.js");
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "scripts/bundle-vectors/scenario.js", "--rpc", node.RpcUrl.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await stdout;
            if (process.ExitCode != 0) throw new InvalidOperationException($"scenario.js failed: {await stderr}");
            return new VectorChain(node);
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Node.DisposeAsync();
}
