using System.Text.Json.Nodes;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Polling;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class FleetReaderTests
{
    [Fact]
    public async Task A_read_lists_every_gateway_in_list_order_with_its_metrics_and_topology()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 120, options => options.ConnectionsPerGateway = 1);
        using var http = Http(cloud);

        var snapshot = await Reader(http).ReadAsync(CancellationToken.None);

        Assert.True(snapshot.Complete);
        Assert.Equal(cloud.Gateways.Select(g => g.Uuid), snapshot.Gateways.Select(g => g.Uuid));
        Assert.All(snapshot.Gateways, g => Assert.Equal(g.Gateway.Connections!.Count, g.Connections.Count));
        Assert.All(snapshot.Gateways, g => Assert.Equal(2, g.Metrics!.Nodes!.Count));
        Assert.Equal(1 + 2 + 120, cloud.Simulator.Requests.Total);
        Assert.Equal(1, cloud.Simulator.Requests.Count(RouteTemplates.Plans));
        Assert.Equal(["advanced", "development", "production", "standard"], snapshot.Plans.Keys.Order());
    }

    [Fact]
    public async Task No_more_requests_are_in_flight_than_the_concurrency_allows()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 40, options => options.Latency = TimeSpan.FromMilliseconds(20));
        var counting = new InFlightCounter(new SocketsHttpHandler());
        using var http = new HttpClient(counting) { BaseAddress = cloud.Simulator.BaseAddress };

        var snapshot = await Reader(http, maxConcurrency: 3).ReadAsync(CancellationToken.None);

        Assert.Equal(40, snapshot.Gateways.Count);
        Assert.InRange(counting.Peak, 1, 3);
    }

    [Fact]
    public async Task One_gateway_whose_metrics_fail_is_marked_alone_and_the_snapshot_says_the_read_was_not_complete()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var failing = cloud.Gateways[1];
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = failing.Uuid, Kind = FaultKind.Status, StatusCode = 404 });
        using var http = Http(cloud);

        var snapshot = await Reader(http).ReadAsync(CancellationToken.None);

        Assert.False(snapshot.Complete);
        var observation = Assert.Single(snapshot.Gateways, g => g.MetricsError is not null);
        Assert.Equal(failing.Uuid, observation.Uuid);
        Assert.Contains("HTTP 404", observation.MetricsError!.Message, StringComparison.Ordinal);
        Assert.All(snapshot.Gateways.Where(g => g != observation), g => Assert.NotNull(g.Metrics));
    }

    [Fact]
    public async Task A_failed_list_leaves_no_gateways_in_the_snapshot_and_says_why()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.Status, StatusCode = 403 });
        using var http = Http(cloud);

        var snapshot = await Reader(http).ReadAsync(CancellationToken.None);

        Assert.False(snapshot.ListSucceeded);
        Assert.Empty(snapshot.Gateways);
        Assert.Contains("HTTP 403", snapshot.ListError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_and_duplicated_entries_are_reported_once_each_and_only_for_selected_gateways()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 4);
        var list = JsonNode.Parse(await cloud.GetBodyAsync("1.3/gateway?limit=100&offset=0"))!.AsArray();
        list[0]!["name"] = 7;
        list[1]!["name"] = 8;
        list.Add(list[2]!.DeepClone());
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.CustomBody, Body = list.ToJsonString() });
        using var http = Http(cloud);
        var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { cloud.Gateways[0].Uuid, cloud.Gateways[2].Uuid, cloud.Gateways[3].Uuid };

        var snapshot = await Reader(http, selection: new GatewaySelection(selected, GatewayShard.All)).ReadAsync(CancellationToken.None);

        Assert.Equal([cloud.Gateways[2].Uuid, cloud.Gateways[3].Uuid], snapshot.Gateways.Select(g => g.Uuid));
        Assert.Equal(cloud.Gateways[0].Uuid, Assert.Single(snapshot.Rejected).Uuid);
        Assert.Equal(cloud.Gateways[2].Uuid, Assert.Single(snapshot.DuplicateUuids));
        Assert.False(snapshot.Complete);
    }

    private static HttpClient Http(SimulatedCloud cloud) => new() { BaseAddress = cloud.Simulator.BaseAddress };

    private static FleetReader Reader(HttpClient http, int maxConcurrency = 4, GatewaySelection? selection = null) => new(
        new UpCloudClient(http, UpCloudCredentials.Bearer(TestCredentials.Token)),
        selection ?? new GatewaySelection(new HashSet<string>(), GatewayShard.All),
        maxConcurrency,
        TimeProvider.System);

    /// <summary>Counts the requests in flight through it and remembers the most at once.</summary>
    private sealed class InFlightCounter(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly Lock _sync = new();
        private int _current;

        public int Peak { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_sync)
            {
                Peak = Math.Max(Peak, ++_current);
            }

            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                lock (_sync)
                {
                    _current--;
                }
            }
        }
    }
}
