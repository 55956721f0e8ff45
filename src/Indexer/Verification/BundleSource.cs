using System.Net.Http.Headers;

namespace Anchor.Indexer.Verification;

/// <summary>The bundle could not be read from its file or URL; the message says which and why.</summary>
public sealed class BundleSourceException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads a bundle's bytes from a file or from a tag's resolver URL. A URL is fetched with
/// <c>Accept: application/json</c>, as SPEC section 6 says a resolver answers with the bundle when
/// asked for JSON. At most one byte more than the verifier's 16 MiB limit is read, so that a huge
/// bundle is refused by the verifier's format check rather than filling memory.
/// </summary>
public static class BundleSource
{
    /// <summary>The most bytes read: one more than the verifier accepts.</summary>
    public const int MaxBytes = BundleInput.MaxBytes + 1;

    /// <summary>True when <paramref name="location"/> is an http(s) URL rather than a file path.</summary>
    public static bool IsUrl(string location, out Uri url) =>
        Uri.TryCreate(location, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    /// <summary>Reads the bundle at <paramref name="location"/> (a file path or an http(s) URL).</summary>
    /// <exception cref="BundleSourceException">The file or URL cannot be read.</exception>
    public static async Task<byte[]> ReadAsync(string location, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        return IsUrl(location, out var url) ? await FetchAsync(url, timeout, cancellationToken) : await ReadFileAsync(location, cancellationToken);
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            return await ReadLimitedAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BundleSourceException($"cannot read {path}: {e.Message}", e);
        }
    }

    private static async Task<byte[]> FetchAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Name the resolver by scheme, host and port: a URL may carry a token in its path or query.
        var label = $"{url.Scheme}://{url.Authority}";
        using var http = new HttpClient { Timeout = timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new BundleSourceException($"{label} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} for the bundle");
            }
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await ReadLimitedAsync(body, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new BundleSourceException($"cannot fetch the bundle from {label}: {e.Message}", e);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length < MaxBytes && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBytes - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
