using System.Diagnostics;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>The built daemon in <c>--demo</c> mode as a child process, the way users run it, polling its simulated fleet every second.</summary>
internal sealed class ExporterProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly ChildProcess child;

    private ExporterProcess(ChildProcess child, int port)
    {
        this.child = child;
        Target = $"127.0.0.1:{port}";
        BaseAddress = new Uri($"http://{Target}/");
    }

    /// <summary>host:port, as a Prometheus target.</summary>
    public string Target { get; }

    public Uri BaseAddress { get; }

    public string Output => child.Output;

    /// <summary>Starts the exporter and returns once its <c>/readyz</c> says the first poll has finished.</summary>
    public static async Task<ExporterProcess> StartAsync(HttpClient http)
    {
        var port = FreePort.Pick();
        var startInfo = new ProcessStartInfo(DotnetHost)
        {
            ArgumentList = { RepositoryPaths.ExporterAssembly, "--demo", "--urls", $"http://127.0.0.1:{port}", "--UPCLOUD_POLL_INTERVAL", "1s" },
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var name in startInfo.Environment.Keys.Where(IsExporterSetting).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        var exporter = new ExporterProcess(ChildProcess.Start(startInfo), port);
        try
        {
            await exporter.WaitUntilReadyAsync(http);
            return exporter;
        }
        catch
        {
            await exporter.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => child.DisposeAsync();

    /// <summary>The dotnet host that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Settings from the developer's or CI's environment must not change what the demo does.</summary>
    private static bool IsExporterSetting(string name)
        => name.StartsWith("UPCLOUD_", StringComparison.Ordinal) || name.StartsWith("EXPORTER_", StringComparison.Ordinal) || name == "ASPNETCORE_URLS";

    private async Task WaitUntilReadyAsync(HttpClient http)
    {
        if (!await Eventually.HoldsAsync(() => IsReadyAsync(http), StartLimit))
        {
            throw new InvalidOperationException($"the exporter was not ready within {StartLimit.TotalSeconds}s:\n{child.Output}");
        }
    }

    private async Task<bool> IsReadyAsync(HttpClient http)
    {
        if (child.HasExited)
        {
            throw new InvalidOperationException($"the exporter exited during start-up:\n{child.Output}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri(BaseAddress, "readyz"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
