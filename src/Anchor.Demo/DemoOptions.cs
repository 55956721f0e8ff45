namespace Anchor.Demo;

/// <summary>What `make demo` was asked for.</summary>
public sealed record DemoOptions(int Batches, int Seed, int Periods, bool NoWait, string Workspace, string RepositoryRoot);
