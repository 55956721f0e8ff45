namespace Anchor.Configuration;

/// <summary>
/// How a configuration key is spelled in each source, so that an error can name it in the form
/// the user will look for: <c>Chain:RpcUrl</c> in appsettings.json, <c>ANCHOR__Chain__RpcUrl</c>
/// in the environment.
/// </summary>
public static class ConfigurationKeys
{
    /// <summary>The prefix of Anchor's environment variables.</summary>
    public const string EnvironmentPrefix = "ANCHOR__";

    /// <summary>"Chain:RpcUrl (ANCHOR__Chain__RpcUrl)".</summary>
    public static string Describe(string key) => $"{key} ({EnvironmentPrefix}{key.Replace(":", "__", StringComparison.Ordinal)})";
}
