namespace Anchor.Indexer.Web;

/// <summary>
/// A request the web service cannot answer with what was asked for: the HTTP status, a code for
/// scripts, a short title and a detail that names the problem. <see cref="WebAnswers"/> turns it
/// into a problem document (RFC 9457) or an HTML page, whichever the client reads.
/// </summary>
/// <param name="status">The HTTP status code.</param>
/// <param name="code">A fixed code for scripts ("bad-gtin", "not-anchored").</param>
/// <param name="title">A short, fixed summary ("Bad GTIN").</param>
/// <param name="detail">What exactly is wrong, and what to do about it.</param>
public sealed class WebRequestException(int status, string code, string title, string detail) : Exception(detail)
{
    /// <summary>The HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>A fixed code for scripts.</summary>
    public string Code { get; } = code;

    /// <summary>A short, fixed summary of the problem.</summary>
    public string Title { get; } = title;
}
