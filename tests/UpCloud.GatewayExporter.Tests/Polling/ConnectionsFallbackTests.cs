using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class ConnectionsFallbackTests
{
    [Fact]
    public async Task A_gateway_listed_without_its_connections_has_them_read_from_their_endpoint_and_exported()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var bare = cloud.Gateways[0];
        cloud.Fleet.Update(() => bare.EmbedConnections = false);
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(4, SeriesOf.Tunnels(bare).Count());
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        var polls = text.Value(RunningExporter.Polls);
        Assert.Equal(polls, text.Value(ApiRequests, ("endpoint", RouteTemplates.Connections), ("code", "200")));
        Assert.Empty(text.Where(ApiRequests, ("endpoint", RouteTemplates.Tunnels)));
        Assert.True(cloud.Simulator.Requests.Count(RouteTemplates.Connections) >= polls);
    }

    [Fact]
    public async Task Connections_and_tunnels_without_uuid_are_completed_by_name_and_exported_with_an_empty_tunnel_uuid()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2, options => options.WireVariants = false);
        var legacy = cloud.Gateways[0];
        var fresh = SeriesOf.Tunnels(legacy).First().Tunnel;
        cloud.Fleet.Update(() =>
        {
            legacy.Wire.WithoutChildUuids = true;
            legacy.EmbedConnections = false;
            legacy.EmbedTunnels = false;
        });
        cloud.Fleet.SetTunnelState(fresh.Uuid, "uninitialized");
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        ExpositionAssert.Exported(text, cloud.Gateways[1]);
        foreach (var (connection, tunnel) in SeriesOf.Tunnels(legacy))
        {
            var series = SeriesOf.Tunnel(legacy, connection, tunnel);
            Assert.Equal("", Assert.Single(text.Where(TunnelInfo, series))["tunnel_uuid"]);
            Assert.Equal(tunnel == fresh ? "idle" : "established", Assert.Single(text.Where(TunnelState, series), s => s.Value == 1)["state"]);
            Assert.Equal(ModelTraffic.Of(tunnel, ReceiveBytes), text.Value(ReceiveBytes, series));
        }

        var polls = text.Value(RunningExporter.Polls);
        Assert.Equal(polls * legacy.Connections.Count, text.Value(ApiRequests, ("endpoint", RouteTemplates.Tunnels), ("code", "200")));
        Assert.Equal(0, text.Value(RejectedGateways));
    }
}
