using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class SlowPollTests
{
    private const int Gateways = 4;
    private const string LastPollDuration = "upcloud_gateway_exporter_last_poll_duration_seconds";

    [Fact]
    public async Task Polls_slower_than_the_interval_never_overlap_and_warn_once_not_once_per_poll()
    {
        await using var cloud = await SimulatedCloud.StartAsync(Gateways, options => options.ConnectionsPerGateway = 1);

        // Each metrics call takes 600 ms, one at a time: a poll takes over 2 s of its 1 s interval with a margin that timer
        // granularity cannot eat (500 ms calls once measured 1.9998 s), while every call stays inside its 1 s attempt timeout. The fault is there from the start, so every poll is slow.
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(600) });
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_MAX_CONCURRENCY", "1"]);

        // A poll asks for the list before its gateways' metrics, so overlapping polls would show as a list request
        // arriving before the previous poll has asked for all of its gateways. The list count is read first: the
        // metrics count read after it can only be higher, never make overlapping polls look sequential.
        var requests = cloud.Simulator.Requests;
        var checks = 0;
        var text = await Eventually.UntilAsync(
            async () =>
            {
                var lists = requests.Count(RouteTemplates.Gateways);
                var metrics = requests.Count(RouteTemplates.Metrics);
                Assert.True(metrics >= (lists - 1) * Gateways, $"list request {lists} arrived after only {metrics} metrics requests: two polls overlapped");
                checks++;
                return await exporter.ScrapeAsync();
            },
            scrape => scrape.Value(RunningExporter.Polls) >= 3,
            "three slow polls completed",
            () => exporter.Stdout);

        Assert.True(checks > 3, "the request log was checked too rarely to catch an overlap");
        Assert.True(text.Value(LastPollDuration) > 2, $"the last poll took only {text.Value(LastPollDuration)} s");
        Assert.Equal(1, text.Value(ExporterUp));
        Assert.True(requests.Count(RouteTemplates.Metrics) >= 3 * Gateways);
        var slow = LogLines.At(exporter.Stdout, LogLines.Warning, "longer than the 1.0s poll interval");
        Assert.True(slow.Count == 1, $"expected one slow-poll warning over three slow polls, the log was:\n{exporter.Stdout}");
    }
}
