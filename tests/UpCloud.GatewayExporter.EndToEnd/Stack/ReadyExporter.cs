using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>Starts the built daemon as a child process and returns it once its <c>/readyz</c> says the first poll has finished.</summary>
internal static class ReadyExporter
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    /// <summary>Starts it in <c>--demo</c> mode, polling its simulated fleet every second.</summary>
    public static Task<ExporterProcess> StartDemoAsync(HttpClient http) =>
        StartAsync(http, ["--demo", "--UPCLOUD_POLL_INTERVAL", "1s"], new Dictionary<string, string>());

    /// <summary>Starts it with these settings in its environment (<c>UPCLOUD_API_URL</c>, <c>EXPORTER_SHARD</c>, …).</summary>
    public static Task<ExporterProcess> StartAsync(HttpClient http, IReadOnlyDictionary<string, string> settings) => StartAsync(http, [], settings);

    private static async Task<ExporterProcess> StartAsync(HttpClient http, string[] arguments, IReadOnlyDictionary<string, string> settings)
    {
        var exporter = ExporterProcess.Start(RepositoryPaths.ExporterAssembly, arguments, settings, FreePort.Pick());
        try
        {
            return await exporter.WaitUntilReadyAsync(http, StartLimit)
                ? exporter
                : throw new InvalidOperationException($"the exporter was not ready within {StartLimit.TotalSeconds}s:\n{exporter.Output}");
        }
        catch
        {
            await exporter.DisposeAsync();
            throw;
        }
    }
}
