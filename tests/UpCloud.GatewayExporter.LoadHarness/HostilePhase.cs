namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>What one phase of a hostile run measured.</summary>
/// <param name="Name">clean or hostile.</param>
/// <param name="Ran">How long the phase ran after the exporter's first poll, or until it died.</param>
/// <param name="PeakRss">The exporter's VmHWM: the most memory it held in RAM over its whole life.</param>
/// <param name="ExitCode">null while it was alive at the end; else its exit code, 128 plus the signal that ended it.</param>
/// <param name="Polls">upcloud_gateway_exporter_polls_total at the last scrape.</param>
/// <param name="PollFailures">upcloud_gateway_exporter_poll_failures_total at the last scrape.</param>
/// <param name="Attempts">upcloud_gateway_exporter_api_requests_total at the last scrape, summed by code.</param>
/// <param name="SimulatorRequests">The requests the simulator received.</param>
/// <param name="Scrapes">Scrapes of /metrics that succeeded.</param>
/// <param name="ScrapeErrors">Scrapes that failed.</param>
/// <param name="Cgroup">The memory cgroup's limit and counters, when the exporter ran in one.</param>
/// <param name="Output">The exporter's last output lines, when it died.</param>
internal sealed record HostilePhase(
    string Name,
    TimeSpan Ran,
    long PeakRss,
    int? ExitCode,
    double Polls,
    double PollFailures,
    IReadOnlyDictionary<string, double> Attempts,
    long SimulatorRequests,
    int Scrapes,
    int ScrapeErrors,
    HostilePhase.CgroupReading? Cgroup,
    string? Output)
{
    /// <summary>A memory cgroup's figures at the end of a phase.</summary>
    /// <param name="Limit">memory.limit_in_bytes.</param>
    /// <param name="PeakUsage">memory.max_usage_in_bytes, page cache included.</param>
    /// <param name="Failures">memory.failcnt: how often usage hit the limit.</param>
    /// <param name="OomKills">oom_kill of memory.oom_control.</param>
    public sealed record CgroupReading(long Limit, long PeakUsage, long Failures, long OomKills);
}
