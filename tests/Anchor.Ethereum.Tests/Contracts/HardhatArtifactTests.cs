using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Contracts;

public class HardhatArtifactTests
{
    [Fact]
    public void Loads_abi_bytecode_and_constructor_of_a_compiled_contract()
    {
        var artifact = HardhatArtifact.Load(HardhatArtifact.PathFor(RepositoryPaths.Root, AllianceRegistryAbi.ContractName));
        var owner = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        var deployment = artifact.CreateDeploymentData(owner);

        Assert.Equal("AllianceRegistry", artifact.ContractName);
        Assert.Equal("address", Assert.Single(artifact.Abi.ConstructorInputs).Type.CanonicalName);
        Assert.Equal(artifact.Bytecode.Length + 32, deployment.Length);
        Assert.Equal(["name", "metadataURI", "admittedAt"], artifact.Abi.Function("member").Outputs[0].Type.Components.Select(c => c.Name));
    }

    [Theory]
    [InlineData("{", "is not a Hardhat artifact")]
    [InlineData("{\"contractName\":\"I\",\"abi\":[],\"bytecode\":\"0x\",\"deployedBytecode\":\"0x\",\"linkReferences\":{}}", "I has no bytecode")]
    [InlineData("{\"contractName\":\"L\",\"abi\":[],\"bytecode\":\"0x60\",\"deployedBytecode\":\"0x\",\"linkReferences\":{\"Lib.sol\":{}}}", "needs libraries linked (Lib.sol)")]
    [InlineData("{\"contractName\":\"B\",\"abi\":{},\"bytecode\":\"0x60\",\"deployedBytecode\":\"0x\"}", "a JSON ABI is an array")]
    public void Bad_artifacts_are_clear_errors(string json, string expected)
    {
        var error = Assert.ThrowsAny<Exception>(() => HardhatArtifact.Parse(json, "test.json"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_artifact_says_to_compile()
    {
        var error = Assert.Throws<HardhatArtifactException>(() => HardhatArtifact.Load("/nonexistent/Nope.json"));

        Assert.Contains("npx hardhat compile", error.Message);
    }

    [Fact]
    public async Task A_handler_without_an_account_can_read_but_not_write()
    {
        using var web3 = new Web3("http://127.0.0.1:1/");
        var alliance = web3.GetAllianceRegistry(Address.Zero);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => alliance.SendAndWaitAsync(new RemoveMemberFunction(Address.Zero)));

        Assert.Contains("has no account", error.Message);
        Assert.Throws<InvalidOperationException>(() => web3.TransactionManager);
    }

    [Fact]
    public void Block_parameters_have_their_json_rpc_form()
    {
        Assert.Equal("latest", BlockParameter.Latest.ToRpcString());
        Assert.Equal("pending", BlockParameter.Pending.ToRpcString());
        Assert.Equal("finalized", BlockParameter.Finalized.ToRpcString());
        Assert.Equal("0x0", BlockParameter.At(0).ToRpcString());
        Assert.Equal("0x1a", ((BlockParameter)26UL).ToRpcString());
    }

    [Fact]
    public void Transaction_requests_copy_with_changes_for_replacements()
    {
        var request = new TransactionRequest { Nonce = 3, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1 };

        var replacement = request with { MaxFeePerGas = 20, MaxPriorityFeePerGas = 2 };

        Assert.Equal(3UL, replacement.Nonce);
        Assert.Equal(TransactionType.Eip1559, replacement.Type);
    }
}
