using Anchor.TestSupport;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>The GS1 reference material beside the checkout (../shared/epcis), which may be absent.</summary>
internal static class SharedEpcis
{
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "epcis"));

    public static string Examples => Path.Combine(Folder, "examples");

    public static string Schema => Path.Combine(Folder, "schema", "EPCIS-JSON-Schema.json");
}
