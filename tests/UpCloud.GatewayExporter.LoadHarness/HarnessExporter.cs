using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Starts the exporter under test against the simulated fleet with the harness's settings, quiet but for warnings.</summary>
internal static class HarnessExporter
{
    /// <summary>Starts it; the token goes in the environment, since the exporter refuses secrets as arguments, where ps would show them.</summary>
    public static ExporterProcess Start(ExporterBinary binary, HarnessOptions options, Uri apiUrl, string token, int port, MemoryCgroup? cgroup = null) =>
        ExporterProcess.Start(binary.Path, [], new Dictionary<string, string>
        {
            ["UPCLOUD_TOKEN"] = token,
            ["UPCLOUD_API_URL"] = apiUrl.AbsoluteUri,
            ["UPCLOUD_POLL_INTERVAL"] = options.PollIntervalSetting,
            ["UPCLOUD_MAX_CONCURRENCY"] = options.Concurrency.ToString(CultureInfo.InvariantCulture),
            ["EXPORTER_LOG_LEVEL"] = "warning",
        }, port, cgroup);
}
