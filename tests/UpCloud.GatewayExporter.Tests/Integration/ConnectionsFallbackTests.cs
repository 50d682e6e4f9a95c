using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Integration;

public sealed class ConnectionsFallbackTests
{
    [Fact]
    public async Task A_gateway_listed_without_its_connections_is_completed_through_the_connections_endpoint_and_its_tunnels_exported()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var bare = cloud.Gateways[0];
        cloud.Fleet.Update(() => bare.EmbedConnections = false);
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(4, SeriesOf.Tunnels(bare).Count());
        Assert.All(cloud.Gateways, gateway => FleetAssert.Exported(text, gateway));
        var polls = text.Value(RunningExporter.Polls);
        Assert.Equal(polls, text.Value(ApiRequests, ("endpoint", RouteTemplates.Connections), ("code", "200")));
        Assert.Empty(text.Where(ApiRequests, ("endpoint", RouteTemplates.Tunnels)));
        Assert.True(cloud.Simulator.Requests.Count(RouteTemplates.Connections) >= polls);
    }
}
