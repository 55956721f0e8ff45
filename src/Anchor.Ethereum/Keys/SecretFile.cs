namespace Anchor.Ethereum.Keys;

/// <summary>
/// Reads files that hold secrets (a mnemonic, a raw key, a keystore password) and refuses any that
/// the group or other users can read, the way ssh refuses a private key with loose permissions.
/// </summary>
public static class SecretFile
{
    private const UnixFileMode ReadableByOthers = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Checks the file's permissions, then returns its text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file holds, for messages ("mnemonic file").</param>
    /// <exception cref="KeySourceException">Missing, unreadable, or readable by group or others.</exception>
    public static string ReadAllText(string path, string what)
    {
        EnsurePrivate(path, what);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeySourceException($"{what} {path} cannot be read: {e.Message}", path, e);
        }
    }

    /// <summary>Throws unless <paramref name="path"/> exists and only its owner can read it (Unix).</summary>
    /// <exception cref="KeySourceException">Missing, or readable by group or others.</exception>
    public static void EnsurePrivate(string path, string what)
    {
        if (!File.Exists(path)) throw new KeySourceException($"{what} {path} does not exist", path);
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(path);
        if ((mode & ReadableByOthers) != 0)
        {
            throw new KeySourceException(
                $"{what} {path} is readable by group or others (mode {Convert.ToString((int)mode, 8).PadLeft(4, '0')}); " +
                $"restrict it with: chmod 600 {path}", path);
        }
    }
}
