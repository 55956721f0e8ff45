using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Chain;

/// <summary>The Anchor contracts, deployed from their Hardhat artifacts and driven through the typed wrappers.</summary>
public class ContractIntegrationTests(HardhatNodeFixture fixture) : IClassFixture<HardhatNodeFixture>
{
    private HardhatNode Node => fixture.Node;

    [Fact]
    public async Task Deploys_the_registry_anchors_and_reads_head_record_inclusion_and_logs()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 0);
        var deployed = await web3.DeployContractAsync(LocalChain.Artifact(AnchorRegistryAbi.ContractName));
        var registry = web3.GetAnchorRegistry(deployed.Address);
        var publisher = web3.Account!.Address;
        var leafHash = LeafHash("first event");

        var receipt = await registry.AnchorAndWaitAsync(new AnchorFunction(1, leafHash, []));
        var head = await registry.HeadAsync(publisher);
        var record = await registry.AnchorRecordAsync(publisher, leafHash);
        var included = await registry.VerifyInclusionAsync(new VerifyInclusionFunction(publisher, leafHash, 1, 0, leafHash, []));
        var wrongLeaf = await registry.VerifyInclusionAsync(new VerifyInclusionFunction(publisher, leafHash, 1, 0, LeafHash("other"), []));
        var logs = await registry.GetAnchoredAsync(deployed.Receipt.BlockNumber, BlockParameter.Latest, publisher);

        Assert.True(receipt.Succeeded);
        Assert.Equal(new AnchorHead(1, leafHash), head);
        Assert.Equal(receipt.BlockNumber, record.BlockNumber);
        Assert.True(record.Exists);
        Assert.True(included);
        Assert.False(wrongLeaf);
        var anchored = Assert.Single(logs);
        Assert.Equal(new AnchoredEvent(publisher, 0, 1, leafHash), anchored.Event);
        Assert.Equal(receipt.TransactionHash, anchored.Log.TransactionHash);
        Assert.Equal(anchored.Event, Assert.Single(EventDecoder.Decode<AnchoredEvent>(receipt.Logs, deployed.Address)).Event);
        Assert.Empty(EventDecoder.Decode<AnchoredEvent>(receipt.Logs, emitter: publisher));
    }

    [Fact]
    public async Task A_revert_found_by_gas_estimation_decodes_into_the_custom_error()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 1);
        var registry = web3.GetAnchorRegistry((await web3.DeployContractAsync(LocalChain.Artifact(AnchorRegistryAbi.ContractName))).Address);

        var error = await Assert.ThrowsAsync<ContractCustomErrorException>(() => registry.SignAnchorAsync(new AnchorFunction(1, Bytes32.Zero, [])));

        Assert.Equal("AnchorZeroRoot", error.ErrorName);
        Assert.Equal(web3.Account!.Address, error.Arguments.Get<Address>("publisher"));
        Assert.Equal("eth_estimateGas", error.Method);
    }

    [Fact]
    public async Task A_mined_revert_is_replayed_and_decoded_from_its_receipt()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 2);
        var registry = web3.GetAnchorRegistry((await web3.DeployContractAsync(LocalChain.Artifact(AnchorRegistryAbi.ContractName))).Address);
        await registry.AnchorAndWaitAsync(new AnchorFunction(2, LeafHash("a"), []));
        // A fixed gas limit skips estimation, so the reverting transaction is signed and mined.
        var signed = await registry.SignAnchorAsync(new AnchorFunction(1, LeafHash("b"), []), new TransactionRequest { GasLimit = 100_000 });

        var sendError = await Record.ExceptionAsync(() => web3.TransactionManager.BroadcastAsync(signed));
        var receipt = await web3.TransactionManager.WaitForReceiptAsync(signed.Hash);
        var error = await Assert.ThrowsAsync<ContractCustomErrorException>(() =>
            web3.TransactionManager.EnsureSucceededAsync(receipt, signed, AnchorRegistryAbi.Contract.Errors));

        // Hardhat's automine reports the revert of a mined transaction on sending it, too.
        Assert.Equal(signed.Hash, Assert.IsAssignableFrom<ContractRevertedException>(sendError).TransactionHash);
        Assert.False(receipt.Succeeded);
        Assert.Equal("AnchorSizeNotIncreasing", error.ErrorName);
        Assert.Equal(2UL, error.Arguments.Get<ulong>("currentSize"));
        Assert.Equal(1UL, error.Arguments.Get<ulong>("size"));
        Assert.Equal(signed.Hash, error.TransactionHash);
    }

    [Fact]
    public async Task Recall_registry_records_recalls_and_refuses_a_second_one()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 3);
        var deployed = await web3.DeployContractAsync(LocalChain.Artifact(RecallRegistryAbi.ContractName));
        var recalls = web3.GetRecallRegistry(deployed.Address);
        var batchKey = Bytes32.FromBytes(Keccak256.Hash("batch-2026-05-17"u8));
        var publisher = web3.Account!.Address;

        var receipt = await recalls.RecallAndWaitAsync(new RecallFunction(batchKey, "cold chain broken: 9.1 °C for 3 h"));
        var recalledAt = await recalls.RecalledAtAsync(publisher, batchKey);
        var maxReason = await recalls.MaxReasonLengthAsync();
        var events = await recalls.GetBatchRecalledAsync(deployed.Receipt.BlockNumber, BlockParameter.Latest, publisher);
        var again = await Assert.ThrowsAsync<ContractCustomErrorException>(() => recalls.RecallAndWaitAsync(new RecallFunction(batchKey, "again")));
        var empty = await Assert.ThrowsAsync<ContractCustomErrorException>(() => recalls.RecallAndWaitAsync(new RecallFunction(LeafHash("other"), "")));

        Assert.True(receipt.Succeeded);
        Assert.True(recalledAt > 0);
        Assert.True(maxReason > 0);
        Assert.Equal(new BatchRecalledEvent(publisher, batchKey, "cold chain broken: 9.1 °C for 3 h"), Assert.Single(events).Event);
        Assert.Equal("RecallAlreadyRecorded", again.ErrorName);
        Assert.Equal(recalledAt, again.Arguments.Get<ulong>("recalledAt"));
        Assert.Equal("RecallEmptyReason", empty.ErrorName);
    }

    [Fact]
    public async Task Alliance_registry_admits_members_and_enforces_its_owner()
    {
        using var owner = LocalChain.Connect(Node, accountIndex: 4);
        using var stranger = LocalChain.Connect(Node, accountIndex: 5);
        var deployed = await owner.DeployContractAsync(LocalChain.Artifact(AllianceRegistryAbi.ContractName), [owner.Account!.Address]);
        var alliance = owner.GetAllianceRegistry(deployed.Address);
        var member = LocalChain.TestWallet.GetAddress(6);

        await alliance.SendAndWaitAsync(new AdmitFunction(member, "By-Health", "https://example.org/by-health.json"));
        var isMember = await alliance.IsMemberAsync(member);
        var entry = await alliance.MemberAsync(member);
        var count = await alliance.MemberCountAsync();
        var first = await alliance.MemberAtAsync(0);
        var ownerAddress = await alliance.OwnerAsync();
        var admitted = await alliance.GetMemberAdmittedAsync(deployed.Receipt.BlockNumber, BlockParameter.Latest);
        var duplicate = await Assert.ThrowsAsync<ContractCustomErrorException>(() => alliance.SendAndWaitAsync(new AdmitFunction(member, "again", "")));
        var unauthorized = await Assert.ThrowsAsync<ContractCustomErrorException>(() =>
            stranger.GetAllianceRegistry(deployed.Address).SendAndWaitAsync(new AdmitFunction(LocalChain.TestWallet.GetAddress(7), "X", "")));

        Assert.True(isMember);
        Assert.Equal("By-Health", entry.Name);
        Assert.True(entry.IsMember);
        Assert.Equal(1, count);
        Assert.Equal(member, first);
        Assert.Equal(owner.Account.Address, ownerAddress);
        Assert.Equal(new MemberAdmittedEvent(member, "By-Health", "https://example.org/by-health.json"), Assert.Single(admitted).Event);
        Assert.Equal("AllianceAlreadyMember", duplicate.ErrorName);
        Assert.Equal("OwnableUnauthorizedAccount", unauthorized.ErrorName);
        Assert.Equal(stranger.Account!.Address, unauthorized.Arguments.Get<Address>("account"));
    }

    [Fact]
    public async Task Reading_a_view_where_no_contract_is_deployed_is_a_clear_error()
    {
        using var web3 = LocalChain.Connect(Node);
        var nowhere = web3.GetAnchorRegistry(LocalChain.TestWallet.GetAddress(9));

        var error = await Assert.ThrowsAsync<AbiDecodingException>(() => nowhere.HeadAsync(LocalChain.TestWallet.GetAddress(0)));

        Assert.Contains("is there a contract at", error.Message);
    }

    /// <summary>docs/SPEC.md section 1: leafHash = keccak256(0x00 ‖ leafData).</summary>
    private static Bytes32 LeafHash(string data) => Bytes32.FromBytes(Keccak256.Hash([0x00, .. System.Text.Encoding.UTF8.GetBytes(data)]));
}
