using System.Diagnostics;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>
/// A real Prometheus (from PATH) on loopback with its data in a temporary directory: scraping the exporter and
/// evaluating the project's rule files, or in agent mode scraping exporters and remote-writing what it scraped.
/// </summary>
internal sealed class PrometheusProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly ChildProcess child;
    private readonly string directory;

    private PrometheusProcess(ChildProcess child, string directory, int port)
    {
        this.child = child;
        this.directory = directory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public string Output => child.Output;

    /// <summary>Starts Prometheus and returns once <c>/-/ready</c> answers.</summary>
    public static Task<PrometheusProcess> StartAsync(string exporterTarget, HttpClient http)
        => StartAsync(PrometheusConfig.Render(exporterTarget, RepositoryPaths.RuleFiles), agent: false, http);

    /// <summary>Starts Prometheus in agent mode, scraping the targets and remote-writing to <paramref name="remoteWrite"/>, and returns once it is ready.</summary>
    public static Task<PrometheusProcess> StartAgentAsync(IReadOnlyList<string> exporterTargets, Uri remoteWrite, HttpClient http)
        => StartAsync(PrometheusConfig.RenderAgent(exporterTargets, remoteWrite), agent: true, http);

    private static async Task<PrometheusProcess> StartAsync(string configuration, bool agent, HttpClient http)
    {
        var directory = Directory.CreateTempSubdirectory("upcloud-gateway-e2e-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, configuration);
        var port = FreePort.Pick();
        var startInfo = new ProcessStartInfo("prometheus")
        {
            ArgumentList =
            {
                $"--config.file={config}",
                agent ? $"--storage.agent.path={Path.Combine(directory, "data")}" : $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
                "--log.level=warn",
            },
            WorkingDirectory = directory,
        };
        if (agent)
        {
            // Prometheus 2.x (Debian 12 ships 2.42) has agent mode behind a feature flag; 3.x calls it --agent.
            startInfo.ArgumentList.Add("--enable-feature=agent");
        }

        var prometheus = new PrometheusProcess(ChildProcess.Start(startInfo), directory, port);
        try
        {
            await prometheus.WaitUntilReadyAsync(http);
            return prometheus;
        }
        catch
        {
            await prometheus.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await child.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private async Task WaitUntilReadyAsync(HttpClient http)
    {
        if (!await Eventually.HoldsAsync(() => IsReadyAsync(http), StartLimit))
        {
            throw new InvalidOperationException($"Prometheus was not ready within {StartLimit.TotalSeconds}s:\n{child.Output}");
        }
    }

    private async Task<bool> IsReadyAsync(HttpClient http)
    {
        if (child.HasExited)
        {
            throw new InvalidOperationException($"Prometheus exited during start-up:\n{child.Output}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri(BaseAddress, "-/ready"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
