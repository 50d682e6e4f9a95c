using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.ApiClient;

public sealed class ApiCostTests
{
    private const int Gateways = 105;
    private const int PerPoll = 2 + Gateways;

    [Fact]
    public async Task A_poll_of_105_gateways_costs_two_list_pages_and_a_metrics_call_each_as_the_API_counts()
    {
        // The count is read between polls, so the interval leaves seconds of rest even where a poll is slow.
        await using var cloud = await SimulatedCloud.StartAsync(Gateways, options => options.ConnectionsPerGateway = 1);
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_POLL_INTERVAL", "5s"]);

        var (firstPoll, firstTotal) = await RequestsAtPollBoundaryAsync(cloud, exporter, after: 1);
        var (laterPoll, laterTotal) = await RequestsAtPollBoundaryAsync(cloud, exporter, after: firstPoll + 1);

        Assert.Equal((laterPoll - firstPoll) * PerPoll, laterTotal - firstTotal);
    }

    [Fact]
    public async Task A_poll_of_105_gateways_costs_two_list_pages_and_a_metrics_call_each_as_the_exporter_counts()
    {
        await using var cloud = await SimulatedCloud.StartAsync(Gateways, options => options.ConnectionsPerGateway = 1);
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitForPollsAsync(1);

        var after = await exporter.WaitForPollsAsync((int)before.Value(RunningExporter.Polls) + 1);

        var polls = after.Value(RunningExporter.Polls) - before.Value(RunningExporter.Polls);
        Assert.Equal(2 * polls, Requests(after, UpCloudRoutes.Gateways) - Requests(before, UpCloudRoutes.Gateways));
        Assert.Equal(Gateways * polls, Requests(after, UpCloudRoutes.Metrics) - Requests(before, UpCloudRoutes.Metrics));
        Assert.Equal(PerPoll * polls, after.Named(ApiRequests).Sum(s => s.Value) - before.Named(ApiRequests).Sum(s => s.Value));
        Assert.All(after.Named(ApiRequests), s => Assert.Equal("200", s["code"]));
    }

    private static double Requests(ExpositionText text, string endpoint) => text.Value(ApiRequests, ("endpoint", endpoint), ("code", "200"));

    /// <summary>
    /// Reads the simulator's request count while the exporter rests between polls: the count is taken only when the
    /// simulator has seen no list request beyond those of the polls the exporter has published, since a poll starts with one.
    /// </summary>
    private static async Task<(double Polls, long Requests)> RequestsAtPollBoundaryAsync(SimulatedCloud cloud, RunningExporter exporter, double after)
    {
        var reading = await Eventually.UntilAsync(async () =>
            {
                var text = await exporter.ScrapeAsync();
                var total = cloud.Simulator.Requests.Total;
                var lists = cloud.Simulator.Requests.Count(RouteTemplates.Gateways);
                var polls = text.Value(RunningExporter.Polls);
                var listed = text.Named(ApiRequests).Where(s => s["endpoint"] == UpCloudRoutes.Gateways).Sum(s => s.Value);
                return (Polls: polls, Requests: total, Resting: polls >= after && lists == listed);
            },
            reading => reading.Resting,
            $"the exporter rested between polls after poll {after}");
        return (reading.Polls, reading.Requests);
    }
}
