namespace Anchor.Cli;

/// <summary>The exit codes of the <c>anchor</c> commands.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The work failed or some input was rejected; the output says which and why.</summary>
    public const int Failure = 1;

    /// <summary>The configuration or the arguments are unusable; nothing was done.</summary>
    public const int BadConfiguration = 2;
}
