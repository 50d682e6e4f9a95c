using System.Diagnostics;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>The built daemon as a child process, the way users run it: in <c>--demo</c> mode, or against an API given by its settings.</summary>
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

    /// <summary>Starts the exporter in <c>--demo</c> mode, polling its simulated fleet every second, and returns once its <c>/readyz</c> says the first poll has finished.</summary>
    public static Task<ExporterProcess> StartAsync(HttpClient http) => StartAsync(http, ["--demo", "--UPCLOUD_POLL_INTERVAL", "1s"], new Dictionary<string, string>());

    /// <summary>Starts the exporter with these settings in its environment (<c>UPCLOUD_API_URL</c>, <c>EXPORTER_SHARD</c>, …) and returns once it is ready.</summary>
    public static Task<ExporterProcess> StartAsync(HttpClient http, IReadOnlyDictionary<string, string> settings) => StartAsync(http, [], settings);

    private static async Task<ExporterProcess> StartAsync(HttpClient http, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort.Pick();
        var startInfo = new ProcessStartInfo(DotnetHost)
        {
            ArgumentList = { RepositoryPaths.ExporterAssembly, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.Where(IsExporterSetting).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            startInfo.Environment[name] = value;
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

    /// <summary>Settings from the developer's or CI's environment must not change what the exporter does.</summary>
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
