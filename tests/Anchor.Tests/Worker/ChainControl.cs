using System.Numerics;
using Anchor.Ethereum;
using Anchor.Ethereum.Crypto;
using Anchor.TestSupport;

namespace Anchor.Cli.Tests.Worker;

/// <summary>Hardhat's test controls, named for what the worker tests do with them.</summary>
internal static class ChainControl
{
    public static Task AutomineAsync(this HardhatNode node, bool on) => node.RpcAsync("evm_setAutomine", on);

    public static Task MineAsync(this HardhatNode node) => node.RpcAsync("evm_mine");

    public static Task SetNextBaseFeeAsync(this HardhatNode node, BigInteger wei) =>
        node.RpcAsync("hardhat_setNextBlockBaseFeePerGas", "0x" + wei.ToString("x").TrimStart('0'));

    public static async Task<bool> DropTransactionAsync(this HardhatNode node, Bytes32 hash) =>
        (await node.RpcAsync("hardhat_dropTransaction", hash.ToString())).GetBoolean();

    public static async Task<string> SnapshotAsync(this HardhatNode node) => (await node.RpcAsync("evm_snapshot")).GetString()!;

    public static Task RevertAsync(this HardhatNode node, string snapshot) => node.RpcAsync("evm_revert", snapshot);

    public static Task SetStorageAsync(this HardhatNode node, Address contract, byte[] slot, byte[] value) =>
        node.RpcAsync("hardhat_setStorageAt", contract.ToString(), "0x" + Convert.ToHexStringLower(slot), "0x" + Convert.ToHexStringLower(value));

    /// <summary>The storage slot of mapping entry <c>map[key]</c> for a mapping at <paramref name="mappingSlot"/>.</summary>
    public static byte[] MappingSlot(ReadOnlySpan<byte> key32, ReadOnlySpan<byte> mappingSlot32) => Keccak256.Hash([.. key32, .. mappingSlot32]);

    public static byte[] Word(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var word = new byte[32];
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }

    public static byte[] Word(Address address)
    {
        var word = new byte[32];
        address.Bytes.CopyTo(word.AsSpan(12));
        return word;
    }

    /// <summary>Mines a block every <paramref name="interval"/> until disposed.</summary>
    public static IAsyncDisposable MineEvery(this HardhatNode node, TimeSpan interval)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await node.MineAsync();
                    await Task.Delay(interval, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        return new Stopper(stop, loop);
    }

    private sealed class Stopper(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
