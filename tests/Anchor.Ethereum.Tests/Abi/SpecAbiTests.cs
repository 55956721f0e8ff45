using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Abi;

/// <summary>
/// The typed wrappers, docs/SPEC.md section 3 and the compiled artifacts must describe the same
/// ABI: every function, event and custom error, with the same selector or topic.
/// </summary>
public partial class SpecAbiTests
{
    private static readonly string[] ContractNames = [AnchorRegistryAbi.ContractName, RecallRegistryAbi.ContractName, AllianceRegistryAbi.ContractName];

    public static TheoryData<string> Contracts => new(ContractNames);

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Wrappers_cover_every_entry_of_the_compiled_abi(string contract)
    {
        var artifact = HardhatArtifact.Load(HardhatArtifact.PathFor(RepositoryPaths.Root, contract));
        var wrapper = WrapperAbi(contract);

        Assert.Equal(Describe(artifact.Abi).Order(), Describe(wrapper).Order());
        Assert.Equal(artifact.Abi.ConstructorInputs.Select(p => p.Type.CanonicalName), wrapper.ConstructorInputs.Select(p => p.Type.CanonicalName));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Spec_lines_and_their_selectors_match_the_wrappers(string contract)
    {
        var specLines = SpecBlock(contract);
        var wrapper = WrapperAbi(contract);

        Assert.NotEmpty(specLines);
        foreach (var (declaration, id) in specLines)
        {
            var actual = declaration.StartsWith("function", StringComparison.Ordinal) ? AbiFunction.Parse(declaration).SelectorHex
                : declaration.StartsWith("event", StringComparison.Ordinal) ? AbiEvent.Parse(declaration).Topic.ToString()
                : AbiError.Parse(declaration).SelectorHex;
            Assert.Equal(id, actual);
            Assert.Contains(Describe(wrapper), entry => entry.Contains(id, StringComparison.Ordinal));
        }
        Assert.Equal(specLines.Count, Describe(wrapper).Count);
    }

    [Fact]
    public void Every_anchor_error_is_known_to_the_shared_error_list()
    {
        var all = ContractNames.SelectMany(c => WrapperAbi(c).Errors).Select(e => e.Signature);

        Assert.Equal(all.Order(), AnchorContracts.AllErrors.Select(e => e.Signature).Order());
    }

    private static AbiContract WrapperAbi(string contract) => contract switch
    {
        AnchorRegistryAbi.ContractName => AnchorRegistryAbi.Contract,
        RecallRegistryAbi.ContractName => RecallRegistryAbi.Contract,
        _ => AllianceRegistryAbi.Contract,
    };

    private static List<string> Describe(AbiContract abi) =>
    [
        .. abi.Functions.Select(f => $"{f.Signature} {f.StateMutability} {f.SelectorHex} -> {string.Join(",", f.Outputs.Select(o => o.Type.CanonicalName))}"),
        .. abi.Events.Select(e => $"{e.Signature} {e.Topic} {string.Join(",", e.Parameters.Select(p => p.Indexed))}"),
        .. abi.Errors.Select(e => $"{e.Signature} {e.SelectorHex}"),
    ];

    private static List<(string Declaration, string Id)> SpecBlock(string contract)
    {
        var spec = File.ReadAllText(RepositoryPaths.Combine("docs", "SPEC.md"));
        var block = Regex.Match(spec, "```abi " + contract + "\\n(.*?)```", RegexOptions.Singleline);
        return block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => SpecLine().Match(line))
            .Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value))
            .ToList();
    }

    [GeneratedRegex(@"^(.*?)\s*//\s*(0x[0-9a-f]+)\s*$")]
    private static partial Regex SpecLine();
}
