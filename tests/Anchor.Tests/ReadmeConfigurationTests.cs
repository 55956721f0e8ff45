using System.Reflection;
using Anchor.Configuration;
using Anchor.Ethereum.Keys;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests;

/// <summary>The README's configuration reference lists every key of every section, with its environment spelling.</summary>
public class ReadmeConfigurationTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var (section, type) in new[] { (LedgerOptions.Section, typeof(LedgerOptions)), (ChainOptions.Section, typeof(ChainOptions)), (WorkerOptions.Section, typeof(WorkerOptions)) })
        {
            foreach (var property in Settable(type)) keys.Add($"{section}:{property}");
        }
        foreach (var property in Settable(typeof(KeySourceOptions))) keys.Add($"{PublishersOptions.Section}:{{name}}:{property}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Lists_the_key_with_its_environment_variable(string key)
    {
        Assert.Contains($"| {key} | ", Readme);
        Assert.Contains($"| {ConfigurationKeys.EnvironmentPrefix}{key.Replace(":", "__", StringComparison.Ordinal)} | ", Readme);
    }

    private static IEnumerable<string> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);
}
