using System.Text.Json;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Support;

/// <summary>Reads the JSON vector files of tests/vectors/ethereum.</summary>
internal static class VectorFile
{
    public static JsonElement Load(string name)
    {
        var path = Path.Combine(RepositoryPaths.Vectors, "ethereum", name);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    /// <summary>xunit member data: one row per element of <paramref name="arrayProperty"/>, the element's JSON as text.</summary>
    public static TheoryData<string> Rows(string name, string arrayProperty)
    {
        var data = new TheoryData<string>();
        foreach (var item in Load(name).GetProperty(arrayProperty).EnumerateArray()) data.Add(item.GetRawText());
        return data;
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"{property} is null");
}
