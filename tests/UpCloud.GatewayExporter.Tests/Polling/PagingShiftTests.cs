using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

/// <summary>The API pages its gateway list by offset, so a gateway deleted while the list is read hides its page-2 neighbour for one poll.</summary>
public sealed class PagingShiftTests
{
    [Fact]
    public async Task A_gateway_missed_because_another_was_deleted_between_two_page_reads_continues_its_counters()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 102, options =>
            (options.ConnectionsPerGateway, options.TunnelsPerConnection, options.NatNodesPerGateway) = (1, 1, 1));
        var (deleted, neighbour) = (cloud.Gateways[0], cloud.Gateways[100]);
        var (connection, tunnel, node) = (neighbour.Connections[0], neighbour.Connections[0].Tunnels[0], neighbour.NatNodes[0]);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        // Restarted upstream, the neighbour's counters read less than the exporter's running totals from now on.
        cloud.Fleet.Rekey(tunnel.Uuid);
        cloud.Fleet.RestartNode(neighbour.Uuid, node.Name);
        var before = await exporter.PollAfterChangeAsync();
        var bytes = before.Value(ReceiveBytes, SeriesOf.Tunnel(neighbour, connection, tunnel));
        var accepted = before.Value(NatAccepted, SeriesOf.Node(neighbour, node));
        Assert.True(bytes > 0 && accepted > 0, "the neighbour's running totals are 0, so a restart at the raw value would not show");

        cloud.Fleet.DeleteBetweenPages(deleted.Uuid);
        var after = await exporter.WaitUntilAsync(
            text => !text.Named(GatewayInfo).Any(s => s["gateway_uuid"] == deleted.Uuid) && text.Named(GatewayInfo).Any(s => s["gateway_uuid"] == neighbour.Uuid),
            "the deleted gateway is gone and its neighbour is back");

        Assert.DoesNotContain(cloud.Gateways, gateway => gateway.Uuid == deleted.Uuid);
        Assert.Equal(bytes, after.Value(ReceiveBytes, SeriesOf.Tunnel(neighbour, connection, tunnel)));
        Assert.Equal(accepted, after.Value(NatAccepted, SeriesOf.Node(neighbour, node)));
    }
}
