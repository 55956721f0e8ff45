using Xunit;

namespace Anchor.TestSupport;

/// <summary>
/// xunit class fixture: one Hardhat node for the tests of a class, started before the first test
/// and stopped after the last. Use <c>evm_snapshot</c>/<c>evm_revert</c> to isolate tests.
/// </summary>
public sealed class HardhatNodeFixture : IAsyncLifetime
{
    private HardhatNode? _node;

    /// <summary>The running node.</summary>
    public HardhatNode Node => _node ?? throw new InvalidOperationException("the node has not started");

    public async Task InitializeAsync() => _node = await HardhatNode.StartAsync();

    public async Task DisposeAsync()
    {
        if (_node is not null) await _node.DisposeAsync();
    }
}
