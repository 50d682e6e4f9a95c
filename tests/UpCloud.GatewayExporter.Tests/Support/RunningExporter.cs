using System.Net;
using UpCloud.GatewayExporter.Hosting;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// The real exporter host running in-process on its own loopback port: Kestrel, poller and all, started through
/// <see cref="ExporterApplication.RunAsync"/> with stdout and stderr captured; disposing it cancels and awaits the host.
/// </summary>
internal sealed class RunningExporter : IAsyncDisposable
{
    public const string Polls = "upcloud_gateway_exporter_polls_total";

    private readonly CancellationTokenSource _stop = new();
    private readonly CapturedText _stdout = new();
    private readonly CapturedText _stderr = new();
    private readonly Task<int> _run;

    private RunningExporter(string[] args, string scheme, int port, HttpMessageHandler handler, bool listenAddress)
    {
        BaseAddress = new Uri($"{scheme}://127.0.0.1:{port}/");
        Http = new HttpClient(handler)
        {
            BaseAddress = BaseAddress,
            Timeout = Eventually.Patience,
        };
        string[] listen = listenAddress ? [$"--web.listen-address=127.0.0.1:{port}"] : ["--urls", BaseAddress.AbsoluteUri.TrimEnd('/')];
        _run = Task.Run(() => ExporterApplication.RunAsync([.. args, .. listen], _stdout, _stderr, _stop.Token));
    }

    public Uri BaseAddress { get; }

    /// <summary>A client for the exporter's endpoints that leaves compressed bodies compressed.</summary>
    public HttpClient Http { get; }

    public string Stdout => _stdout.ToString();

    public string Stderr => _stderr.ToString();

    /// <summary>Starts the host and returns once it serves <c>/healthz</c>; a port lost to a race between picking and binding is picked again.</summary>
    public static Task<RunningExporter> StartAsync(params string[] args) =>
        StartAsync(Uri.UriSchemeHttp, () => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }, args);

    /// <summary>Likewise on <paramref name="scheme"/> (https for a web config with TLS), its client talking through a handler from <paramref name="handler"/>.</summary>
    public static Task<RunningExporter> StartAsync(string scheme, Func<HttpMessageHandler> handler, params string[] args) => StartAsync(scheme, handler, false, args);

    /// <summary>Likewise, told its address as exporter-toolkit's <c>--web.listen-address</c> rather than <c>--urls</c>.</summary>
    public static Task<RunningExporter> StartWithListenAddressAsync(string scheme, Func<HttpMessageHandler> handler, params string[] args) => StartAsync(scheme, handler, true, args);

    private static async Task<RunningExporter> StartAsync(string scheme, Func<HttpMessageHandler> handler, bool listenAddress, string[] args)
    {
        for (var attempt = 1; ; attempt++)
        {
            var exporter = new RunningExporter(args, scheme, FreePort.Pick(), handler(), listenAddress);
            if (await exporter.WaitUntilServingAsync())
            {
                return exporter;
            }

            await exporter.DisposeAsync();
            Assert.True(attempt < 3, "The exporter could not bind a free loopback port three times in a row.");
        }
    }

    public async Task<string> ScrapeTextAsync()
    {
        using var response = await Http.GetAsync("metrics");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public async Task<ExpositionText> ScrapeAsync() => ExpositionText.Parse(await ScrapeTextAsync());

    /// <summary>Scrapes until the exporter has completed at least <paramref name="polls"/> polls, of every account it polls, and returns that scrape.</summary>
    public Task<ExpositionText> WaitForPollsAsync(int polls) =>
        WaitUntilAsync(text => PollsOf(text) >= polls, $"the exporter completed {polls} polls");

    /// <summary>
    /// Waits for the first poll that started after the caller's change to the fleet and returns its exposition: the poll
    /// running at the time of the call may have read part of the fleet before the change, so it is the one after it.
    /// </summary>
    public async Task<ExpositionText> PollAfterChangeAsync()
    {
        var current = PollsOf(await ScrapeAsync());
        return await WaitForPollsAsync((int)current + 2);
    }

    /// <summary>Scrapes until <paramref name="done"/> holds and returns that scrape, failing with the exporter's log if it never does.</summary>
    public Task<ExpositionText> WaitUntilAsync(Func<ExpositionText, bool> done, string what) =>
        Eventually.UntilAsync(ScrapeAsync, done, what, () => $"The exporter's log so far:\n{Stdout}{Stderr}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run.WaitAsync(Eventually.Patience);
        }
        catch (IOException)
        {
            // A run that never bound its port has already failed; there is nothing left to stop.
        }

        Http.Dispose();
        _stop.Dispose();
    }

    private static double PollsOf(ExpositionText text) => text.Named(Polls).Select(s => s.Value).DefaultIfEmpty(0).Min();

    private async Task<bool> WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow + Eventually.Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_run.IsCompleted)
            {
                Assert.True(_run.IsFaulted && _run.Exception.InnerException is IOException,
                    $"The exporter stopped before serving (exit code {(_run.IsCompletedSuccessfully ? _run.Result : -1)}): {_run.Exception?.InnerException}\n{Stdout}\n{Stderr}");
                return false;
            }

            try
            {
                using var response = await Http.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        Assert.Fail($"The exporter did not serve /healthz within {Eventually.Patience.TotalSeconds:F0} s.\n{Stdout}\n{Stderr}");
        return false;
    }
}
