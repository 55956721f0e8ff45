namespace Anchor.Ledger.Ingest;

/// <summary>One document to ingest: a file, or standard input.</summary>
public sealed record InputDocument(string Name, Func<Stream> Open, bool Rereadable);

/// <summary>
/// Expands the paths of <c>anchor ingest</c> into documents: a file is one document, a folder is
/// every *.json and *.jsonld file below it in path order (so that a run is repeatable), and "-"
/// is standard input.
/// </summary>
public static class InputDocuments
{
    /// <summary>The documents named by <paramref name="paths"/>, in order.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<InputDocument> Expand(IEnumerable<string> paths, Func<Stream> standardInput)
    {
        var documents = new List<InputDocument>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                documents.Add(new InputDocument("<stdin>", standardInput, Rereadable: false));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonld", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                documents.AddRange(files.Select(FileDocument));
            }
            else if (File.Exists(path))
            {
                documents.Add(FileDocument(path));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }
        return documents;
    }

    private static InputDocument FileDocument(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Rereadable: true);
}
