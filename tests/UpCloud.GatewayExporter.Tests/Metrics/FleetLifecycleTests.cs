using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class FleetLifecycleTests
{
    [Fact]
    public async Task A_removed_tunnel_connection_or_gateway_loses_every_series_by_the_end_of_the_next_poll()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var (first, second, third) = (cloud.Gateways[0], cloud.Gateways[1], cloud.Gateways[2]);
        var (tunnelsConnection, removedTunnel) = (first.Connections[0], first.Connections[0].Tunnels[0]);
        var removedConnection = second.Connections[1];
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitForPollsAsync(1);
        Assert.Contains(before.Samples, s => s.Labels.GetValueOrDefault("tunnel") == removedTunnel.Name);

        Assert.True(cloud.Fleet.RemoveTunnel(first.Uuid, tunnelsConnection.Uuid, removedTunnel.Uuid));
        Assert.True(cloud.Fleet.RemoveConnection(second.Uuid, removedConnection.Uuid));
        Assert.True(cloud.Fleet.RemoveGateway(third.Uuid));
        var after = await exporter.PollAfterChangeAsync();

        Assert.DoesNotContain(after.Samples, s => s.Labels.GetValueOrDefault("gateway_uuid") == first.Uuid && s.Labels.GetValueOrDefault("tunnel") == removedTunnel.Name);
        Assert.DoesNotContain(after.Samples, s => s.Labels.GetValueOrDefault("gateway_uuid") == second.Uuid && s.Labels.GetValueOrDefault("connection") == removedConnection.Name);
        ExpositionAssert.Gone(after, third);
        ExpositionAssert.Exported(after, first);
        ExpositionAssert.Exported(after, second);
        Assert.Equal(2, after.Named(GatewayInfo).Count());
    }

    [Fact]
    public async Task Counters_continue_across_rekeys_and_a_node_restart_adding_exactly_what_accrued()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var gateway = cloud.Gateways[0];
        var rekeyed = gateway.Connections[0].Tunnels[0];
        var restarted = gateway.NatNodes[0];
        var restartedOwner = CounterReadings.NodeOwner(gateway, restarted);
        await using var exporter = await cloud.StartExporterAsync();
        var text = await exporter.WaitForPollsAsync(1);
        var model = CounterReadings.FromModel(cloud.Gateways);
        Assert.All(model.Keys, key => Assert.Equal(model[key], CounterReadings.FromExposition(text, cloud.Gateways)[key]));

        cloud.Fleet.Rekey(rekeyed.Uuid);
        cloud.Fleet.RestartNode(gateway.Uuid, restarted.Name);
        var (afterFirst, modelAfterFirst) = await AssertAccruedAsync(cloud, exporter, text, model, TimeSpan.FromMinutes(3), [rekeyed.Uuid, restartedOwner]);
        Assert.True(modelAfterFirst[(ReceiveBytes, rekeyed.Uuid)] < model[(ReceiveBytes, rekeyed.Uuid)], "the rekey did not restart the upstream counter");
        Assert.True(modelAfterFirst[(NatAccepted, restartedOwner)] < model[(NatAccepted, restartedOwner)], "the restart did not restart the upstream counter");
        Assert.Equal(0, afterFirst.Value(NatActive, SeriesOf.Node(gateway, restarted)));

        // Rekeyed again and given longer to accrue, the new child SAs pass the old ones' counters: only their new
        // unique_id tells the exporter that this is a fresh SA whose whole value is new traffic.
        cloud.Fleet.Rekey(rekeyed.Uuid);
        var (_, modelAfterSecond) = await AssertAccruedAsync(cloud, exporter, afterFirst, modelAfterFirst, TimeSpan.FromMinutes(6), [rekeyed.Uuid]);
        Assert.True(modelAfterSecond[(ReceiveBytes, rekeyed.Uuid)] > modelAfterFirst[(ReceiveBytes, rekeyed.Uuid)]);
    }

    [Fact]
    public async Task A_tunnel_that_goes_idle_stays_visible_with_established_0_and_idle_1_and_keeps_its_counters()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var gateway = cloud.Gateways[0];
        var connection = gateway.Connections[0];
        var tunnel = connection.Tunnels[1];
        var series = SeriesOf.Tunnel(gateway, connection, tunnel);
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitForPollsAsync(1);
        Assert.Equal(1, before.Value(TunnelState, [.. series, ("state", "established")]));

        cloud.Fleet.SetTunnelState(tunnel.Uuid, "idle");
        var after = await exporter.PollAfterChangeAsync();

        Assert.Equal(0, after.Value(TunnelState, [.. series, ("state", "established")]));
        Assert.Equal(1, after.Value(TunnelState, [.. series, ("state", "idle")]));
        ExpositionAssert.TunnelExported(after, gateway, connection, tunnel);
        Assert.Equal(0, after.Value(TunnelUp, series));
        Assert.Equal(0, after.Value(ChildSas, series));
        Assert.All(ModelTraffic.TunnelCounters, metric => Assert.Equal(before.Value(metric, series), after.Value(metric, series)));
        Assert.Equal(1, after.Value(MetricsUp, SeriesOf.Gateway(gateway)));
    }

    /// <summary>
    /// Lets the fleet accrue for <paramref name="elapsed"/> and asserts that every exported counter grew by exactly what
    /// accrued upstream: the whole new value for series that started over, the increase for the rest.
    /// </summary>
    private static async Task<(ExpositionText Text, CounterReadings Model)> AssertAccruedAsync(
        SimulatedCloud cloud, RunningExporter exporter, ExpositionText before, CounterReadings modelBefore, TimeSpan elapsed, HashSet<string> startedOver)
    {
        cloud.Time.Advance(elapsed);
        cloud.Fleet.Advance();
        var text = await exporter.PollAfterChangeAsync();

        var exportedBefore = CounterReadings.FromExposition(before, cloud.Gateways);
        var exported = CounterReadings.FromExposition(text, cloud.Gateways);
        var model = CounterReadings.FromModel(cloud.Gateways);
        Assert.All(model.Keys, key =>
        {
            var accrued = startedOver.Contains(key.Owner) ? model[key] : model[key] - modelBefore[key];
            Assert.True(accrued > 0, $"{key} did not accrue, so the test would prove nothing");
            Assert.Equal(exportedBefore[key] + accrued, exported[key]);
        });
        return (text, model);
    }
}
