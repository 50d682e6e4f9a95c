using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Metrics;

/// <summary>An API that speaks the Go SDK v8's tunnel states: a tunnel in its IKE rekey carries traffic, so it is established.</summary>
public sealed class SdkTunnelStateTests
{
    [Fact]
    public async Task A_tunnel_the_API_reports_rekeying_is_exported_as_established()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1, options => options.WireVariants = false);
        var gateway = cloud.Gateways[0];
        var (connection, tunnel) = (gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
        cloud.Fleet.Update(() => gateway.Wire.SdkTunnelStates = true);
        cloud.Fleet.SetTunnelState(tunnel.Uuid, "connecting");
        cloud.Fleet.SetTunnelState(tunnel.Uuid, "established");
        cloud.Time.Advance(TimeSpan.FromSeconds(tunnel.Ipsec.RekeyTime + 1));
        Assert.Contains("\"rekeying\"", await cloud.GetBodyAsync($"1.3/gateway/{gateway.Uuid}/metrics"), StringComparison.Ordinal);
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        var series = SeriesOf.Tunnel(gateway, connection, tunnel);
        Assert.Equal(1, text.Value(TunnelState, [.. series, ("state", "established")]));
        Assert.Equal(0, text.Value(TunnelState, [.. series, ("state", "unknown")]));
        Assert.Equal(1, text.Value(TunnelUp, series));
        Assert.True(text.Value(IkeSaEstablished, series) > 0);
    }

    [Fact]
    public async Task A_tunnel_the_API_reports_uninitialized_is_exported_as_idle()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1, options => options.WireVariants = false);
        var gateway = cloud.Gateways[0];
        var (connection, tunnel) = (gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
        cloud.Fleet.Update(() => gateway.Wire.SdkTunnelStates = true);
        cloud.Fleet.SetTunnelState(tunnel.Uuid, "idle");
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        var series = SeriesOf.Tunnel(gateway, connection, tunnel);
        Assert.Equal(1, text.Value(TunnelState, [.. series, ("state", "idle")]));
        Assert.Equal(0, text.Value(TunnelState, [.. series, ("state", "unknown")]));
    }
}
