using System.Diagnostics;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>A real Prometheus (from PATH) on loopback, scraping the exporter and evaluating the project's rule files, with its data in a temporary directory.</summary>
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
    public static async Task<PrometheusProcess> StartAsync(string exporterTarget, HttpClient http)
    {
        var directory = Directory.CreateTempSubdirectory("upcloud-gateway-e2e-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, PrometheusConfig.Render(exporterTarget, RepositoryPaths.RuleFiles));
        var port = FreePort.Pick();
        var startInfo = new ProcessStartInfo("prometheus")
        {
            ArgumentList =
            {
                $"--config.file={config}",
                $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
                "--log.level=warn",
            },
            WorkingDirectory = directory,
        };

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
