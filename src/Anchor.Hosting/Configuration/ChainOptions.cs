namespace Anchor.Configuration;

/// <summary>Section "Chain": the EVM network Anchor anchors to.</summary>
public sealed class ChainOptions
{
    public const string Section = "Chain";

    /// <summary>The JSON-RPC endpoint.</summary>
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>The chain id the endpoint must report; checked against eth_chainId before any transaction.</summary>
    public long ChainId { get; set; } = 31337;

    /// <summary>The deployment file; <c>{chainId}</c> is replaced by the chain id.</summary>
    public string Deployment { get; set; } = Path.Combine(".anchor", "deployments", "{chainId}.json");

    /// <summary>Blocks on top of an anchor's block before it counts as final (1 = the block itself).</summary>
    public int Confirmations { get; set; } = 2;

    /// <summary>The most the worker pays per gas, in gwei, however high fees spike.</summary>
    public decimal MaxFeePerGasGwei { get; set; } = 200;

    /// <summary>Timeout of one JSON-RPC call.</summary>
    public TimeSpan RpcTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The Hardhat artifacts folder that <c>anchor deploy</c> reads the contracts from.</summary>
    public string Artifacts { get; set; } = "artifacts";

    /// <summary>An Etherscan-compatible explorer for this chain, for links in tags; empty for none.</summary>
    public string ExplorerUrl { get; set; } = "";

    /// <summary>The deployment file path for this chain.</summary>
    public string DeploymentPath => Deployment.Replace("{chainId}", ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
