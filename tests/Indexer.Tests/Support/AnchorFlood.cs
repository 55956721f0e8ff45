using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Transactions;
using Anchor.Merkle;
using Anchor.TestSupport;

namespace Anchor.Indexer.Tests.Support;

/// <summary>Where a flood of anchors landed.</summary>
/// <param name="Anchors">How many anchors were mined.</param>
/// <param name="FirstBlock">The first block holding one.</param>
/// <param name="LastBlock">The last block holding one.</param>
/// <param name="Publishers">The anchoring addresses.</param>
public sealed record FloodResult(int Anchors, ulong FirstBlock, ulong LastBlock, IReadOnlyList<Address> Publishers);

/// <summary>
/// Puts thousands of valid anchors on a Hardhat node quickly: several Hardhat accounts each grow
/// a log of their own by one leaf per anchor (sizes 1, 2, 3, … with real consistency proofs from
/// an in-memory tree), transactions signed locally with consecutive nonces, sent in JSON-RPC
/// batches with automine off, then mined with <c>evm_mine</c> until every one is in a block.
/// Shared by the catch-up test and the indexer benchmark (linked into bench/Anchor.Benchmarks).
/// </summary>
public static class AnchorFlood
{
    private const int RequestsPerBatch = 250;

    /// <summary>Sends <paramref name="count"/> anchors from accounts <paramref name="firstAccount"/>.. of the Hardhat mnemonic.</summary>
    /// <param name="node">The node.</param>
    /// <param name="registry">The AnchorRegistry.</param>
    /// <param name="count">How many anchors, shared among the publishers in turn.</param>
    /// <param name="publishers">How many accounts anchor.</param>
    /// <param name="firstAccount">The first account's index.</param>
    /// <param name="ledgerLogs">
    /// Accounts (by index) that anchor the prefixes of a real log, e.g. a ledger's
    /// <c>Nodes(publisher)</c>, instead of made-up leaves; the log must hold enough entries.
    /// </param>
    /// <param name="anchorsPerGroup">
    /// Anchors sent and mined together before the next group is sent (0: all at once); with
    /// <paramref name="emptyBlocksBetween"/>, each group lands in its own stretch of the chain.
    /// </param>
    /// <param name="emptyBlocksBetween">
    /// Empty blocks mined after each group, to spread the anchors over a long chain as on a real
    /// network, where anchors are sparse; 0 packs them into consecutive blocks.
    /// </param>
    /// <param name="cancellationToken">Cancels the sends.</param>
    public static async Task<FloodResult> SendAsync(HardhatNode node, Address registry, int count, int publishers, int firstAccount,
        IReadOnlyDictionary<int, INodeReader>? ledgerLogs = null, int anchorsPerGroup = 0, int emptyBlocksBetween = 0,
        CancellationToken cancellationToken = default)
    {
        var wallet = new Wallet(HardhatTestMnemonic.Phrase);
        var accounts = Enumerable.Range(firstAccount, publishers).Select(i => wallet.GetAccount(i, HardhatNode.LocalChainId)).ToArray();
        var raw = new List<(int Publisher, ulong Nonce, string Transaction)>(count);
        var perPublisher = (count + publishers - 1) / publishers;
        var nonces = new ulong[publishers];
        for (var p = 0; p < publishers; p++) nonces[p] = await NonceAsync(node, accounts[p].Address);
        var sizes = new ulong[publishers];
        for (var p = 0; p < publishers; p++)
        {
            sizes[p] = await HeadSizeAsync(node, registry, accounts[p].Address);
        }
        var trees = accounts.Select((_, p) => Tree(p + firstAccount, sizes[p])).ToArray();
        for (var round = 0; raw.Count < count && round < perPublisher; round++)
        {
            for (var p = 0; p < publishers && raw.Count < count; p++)
            {
                var nonce = nonces[p]++;
                if (ledgerLogs is not null && ledgerLogs.TryGetValue(p + firstAccount, out var log))
                {
                    var oldSize = sizes[p]++;
                    raw.Add((p, nonce, SignAnchor(accounts[p], new MerkleLogReader(log), oldSize, oldSize + 1, registry, nonce)));
                }
                else
                {
                    raw.Add((p, nonce, NextAnchor(accounts[p], trees[p], registry, nonce, p + firstAccount)));
                }
            }
        }

        var firstBlock = await BlockNumberAsync(node) + 1;
        await node.RpcAsync("evm_setAutomine", false);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var groups = raw.Chunk(anchorsPerGroup > 0 ? anchorsPerGroup : Math.Max(1, raw.Count)).ToArray();
            for (var g = 0; g < groups.Length; g++)
            {
                foreach (var batch in groups[g].Chunk(RequestsPerBatch)) await SendBatchAsync(http, node.RpcUrl, [.. batch.Select(t => t.Transaction)], cancellationToken);
                var expected = groups[g].GroupBy(t => t.Publisher).ToDictionary(t => t.Key, t => t.Max(x => x.Nonce) + 1);
                while (true)
                {
                    await node.RpcAsync("evm_mine");
                    var mined = true;
                    foreach (var (p, nonce) in expected)
                    {
                        if (!mined) break;
                        mined = await NonceAsync(node, accounts[p].Address, "latest") >= nonce;
                    }
                    if (mined) break;
                }
                // hardhat_mine would put pending transactions in its blocks: it runs once the pool is empty.
                if (emptyBlocksBetween > 0 && g < groups.Length - 1) await node.RpcAsync("hardhat_mine", "0x" + emptyBlocksBetween.ToString("x"));
            }
        }
        finally
        {
            await node.RpcAsync("evm_setAutomine", true);
        }
        return new FloodResult(raw.Count, firstBlock, await BlockNumberAsync(node), [.. accounts.Select(a => a.Address)]);
    }

    private static string NextAnchor(Account account, MemoryNodeStore tree, Address registry, ulong nonce, int seed)
    {
        var oldSize = tree.Size;
        tree.Append(Leaf(seed, oldSize));
        return SignAnchor(account, new MerkleLogReader(tree), oldSize, tree.Size, registry, nonce);
    }

    private static string SignAnchor(Account account, MerkleLogReader log, ulong oldSize, ulong newSize, Address registry, ulong nonce)
    {
        var proof = oldSize == 0 ? [] : log.ConsistencyProof(oldSize, newSize).Select(h => Bytes32.FromBytes(h.ToArray())).ToArray();
        var call = AnchorRegistryAbi.Anchor.EncodeCall(newSize, Bytes32.FromBytes(log.Root(newSize).ToArray()), proof);
        var transaction = new Eip1559Transaction
        {
            ChainId = HardhatNode.LocalChainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = 1_000_000_000,
            MaxFeePerGas = new BigInteger(1_000_000_000_000),
            GasLimit = 120_000,
            To = registry,
            Data = call,
        };
        return account.SignTransaction(transaction).RawHex;
    }

    // The same leaves for the same account every time, so a publisher that already anchored can
    // be flooded again and its consistency proofs still hold.
    private static MemoryNodeStore Tree(int seed, ulong size)
    {
        var tree = new MemoryNodeStore();
        for (var i = 0UL; i < size; i++) tree.Append(Leaf(seed, i));
        return tree;
    }

    private static Hash32 Leaf(int seed, ulong index) => new(Keccak256.Hash(Encoding.UTF8.GetBytes($"flood/{seed}/{index}")));

    private static async Task SendBatchAsync(HttpClient http, Uri rpc, string[] raw, CancellationToken cancellationToken)
    {
        var requests = raw.Select((tx, i) => new { jsonrpc = "2.0", id = i, method = "eth_sendRawTransaction", @params = new[] { tx } });
        using var response = await http.PostAsJsonAsync(rpc, requests, cancellationToken);
        var answers = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        foreach (var answer in answers.EnumerateArray())
        {
            if (answer.TryGetProperty("error", out var error)) throw new InvalidOperationException($"eth_sendRawTransaction failed: {error}");
        }
    }

    private static async Task<ulong> NonceAsync(HardhatNode node, Address address, string block = "pending") =>
        Convert.ToUInt64((await node.RpcAsync("eth_getTransactionCount", address.ToLowerHex(), block)).GetString(), 16);

    private static async Task<ulong> BlockNumberAsync(HardhatNode node) => Convert.ToUInt64((await node.RpcAsync("eth_blockNumber")).GetString(), 16);

    private static async Task<ulong> HeadSizeAsync(HardhatNode node, Address registry, Address publisher)
    {
        var data = AnchorRegistryAbi.Head.EncodeCall(publisher);
        var result = await node.RpcAsync("eth_call", new Dictionary<string, string> { ["to"] = registry.ToLowerHex(), ["data"] = Hex.Encode(data) }, "latest");
        return AnchorRegistryAbi.Head.DecodeOutput(Hex.Decode(result.GetString()!)).Get<ulong>("size");
    }
}
