namespace Anchor.Ledger.Sample;

/// <summary>
/// Makes a run all-or-nothing: the sample is written to a hidden staging folder beside the target
/// and moved into place only when complete, brands.json last, so a reader that sees brands.json
/// sees a whole sample and a failed or cancelled run leaves nothing behind.
/// </summary>
internal sealed class SampleOutputFolder
{
    private SampleOutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The folder the user asked for.</summary>
    public string Target { get; }

    /// <summary>Where the run writes until it is complete.</summary>
    public string Staging { get; }

    /// <summary>
    /// Checks that <paramref name="path"/> may receive a sample and prepares an empty staging folder.
    /// </summary>
    /// <exception cref="SampleOutputException">It is a file, or a non-empty folder and <paramref name="force"/> is off.</exception>
    public static SampleOutputFolder Prepare(string path, bool force)
    {
        var target = System.IO.Path.GetFullPath(path);
        if (File.Exists(target)) throw new SampleOutputException(target, "is a file, not a folder");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
        {
            throw new SampleOutputException(target,
                "is not empty; choose an empty folder, or pass --force to replace the sample in it (brands.json and the brand folders)");
        }
        var parent = System.IO.Path.GetDirectoryName(target.TrimEnd(System.IO.Path.DirectorySeparatorChar))
            ?? throw new SampleOutputException(target, "has no parent folder to stage the sample in");
        Directory.CreateDirectory(parent);
        var staging = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(target.TrimEnd(System.IO.Path.DirectorySeparatorChar)) + ".sample-partial");
        // A staging folder can only be the remains of an interrupted run of this command.
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new SampleOutputFolder(target, staging);
    }

    /// <summary>Moves the complete sample into <see cref="Target"/>, replacing only what a sample consists of.</summary>
    public void Publish(IEnumerable<string> brandFolders)
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            return;
        }
        var manifest = System.IO.Path.Combine(Target, ManifestWriter.FileName);
        if (File.Exists(manifest)) File.Delete(manifest);
        foreach (var folder in brandFolders)
        {
            var destination = System.IO.Path.Combine(Target, folder);
            if (Directory.Exists(destination)) Directory.Delete(destination, recursive: true);
            else if (File.Exists(destination)) File.Delete(destination);
            Directory.Move(System.IO.Path.Combine(Staging, folder), destination);
        }
        File.Move(System.IO.Path.Combine(Staging, ManifestWriter.FileName), manifest);
        Directory.Delete(Staging, recursive: true);
    }

    /// <summary>Removes the staging folder after a failure; the target is untouched.</summary>
    public void Abandon()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
