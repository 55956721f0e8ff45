using Anchor.Indexer.Configuration;
using Anchor.Indexer.Tests.Support;
using Anchor.Indexer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Tests.Web;

/// <summary>
/// The web application of <c>indexer serve</c>, built by the same code the command uses, on
/// Kestrel at 127.0.0.1 and a free port, with a real <see cref="HttpClient"/>: the tests see what
/// a browser or a script sees, headers included.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>Where the application listens.</summary>
    public Uri Address { get; }

    /// <summary>A client of it; no default Accept header.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The configuration a test scenario's <c>indexer serve</c> runs with, plus <paramref name="more"/>.</summary>
    public static IConfiguration Configuration(ChainScenario chain, Uri? rpcUrl = null, params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ledger:Database"] = chain.Database.FilePath,
            ["Chain:RpcUrl"] = (rpcUrl ?? chain.Node.RpcUrl).ToString(),
            ["Chain:Deployment"] = chain.DeploymentPath,
            ["Chain:Confirmations"] = "1",
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Web:MinConfirmations"] = "1",
        };
        foreach (var (key, value) in more) values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>Starts the application on <paramref name="configuration"/>.</summary>
    public static async Task<WebTestHost> StartAsync(IConfiguration configuration, bool follow = false)
    {
        var settings = IndexerSettings.Load(configuration);
        var app = AnchorWebApplication.Create(configuration, settings, WebOptions.Load(configuration), follow,
            logging => logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        return new WebTestHost(app, new Uri(app.Urls.First()));
    }

    /// <summary>GET <paramref name="path"/> with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? accept = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
