namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>The exporter pointed at the shared simulated cloud, as its users point it at UpCloud.</summary>
internal static class SimulatedCloudExporter
{
    /// <summary>The exporter arguments pointing at <paramref name="cloud"/> with a one-second poll interval, HTTP Basic by default.</summary>
    public static string[] ExporterArgs(this SimulatedCloud cloud, bool bearer = false, params string[] extra) =>
    [
        "--UPCLOUD_API_URL", cloud.Simulator.BaseAddress.AbsoluteUri,
        .. bearer ? new[] { "--UPCLOUD_TOKEN", TestCredentials.Token } : ["--UPCLOUD_USERNAME", TestCredentials.Username, "--UPCLOUD_PASSWORD", TestCredentials.Password],
        "--UPCLOUD_POLL_INTERVAL", "1s",
        .. extra,
    ];

    /// <summary>Starts an exporter polling <paramref name="cloud"/>.</summary>
    public static Task<RunningExporter> StartExporterAsync(this SimulatedCloud cloud, bool bearer = false, params string[] extra) =>
        RunningExporter.StartAsync(cloud.ExporterArgs(bearer, extra));
}
