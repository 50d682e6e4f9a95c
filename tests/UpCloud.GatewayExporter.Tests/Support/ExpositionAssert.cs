using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Asserts that a gateway's series in an exposition are exactly what the fleet model holds, or that they are gone.</summary>
internal static class ExpositionAssert
{
    /// <summary>Every series of the gateway matches the model; counters equal the raw upstream values, as they do while nothing restarted.</summary>
    public static void Exported(ExpositionText text, SimGateway gateway)
    {
        var labels = SeriesOf.Gateway(gateway);
        Assert.Equal(1, text.Value(GatewayInfo, [.. labels, ("zone", gateway.Zone), ("plan", gateway.Plan)]));
        Assert.Equal(1, Assert.Single(text.Where(OperationalState, labels)).Value);
        Assert.Equal(1, text.Value(OperationalState, [.. labels, ("state", gateway.OperationalState)]));
        Assert.Equal(1, text.Value(MetricsUp, labels));

        Assert.Equal(gateway.NatNodes.Select(n => n.Name).Order(), text.Where(NatAccepted, labels).Select(s => s["node"]).Order());
        foreach (var node in gateway.NatNodes)
        {
            var series = SeriesOf.Node(gateway, node);
            Assert.Equal(node.ActiveConnections, text.Value(NatActive, series));
            Assert.Equal(node.TotalAccepted, text.Value(NatAccepted, series));
            Assert.Equal(node.TotalRejected, text.Value(NatRejected, series));
        }

        Assert.Equal(SeriesOf.Tunnels(gateway).Count(), text.Where(TunnelInfo, labels).Count());
        foreach (var (connection, tunnel) in SeriesOf.Tunnels(gateway))
        {
            TunnelExported(text, gateway, connection, tunnel);
            foreach (var metric in ModelTraffic.TunnelCounters)
            {
                Assert.Equal(ModelTraffic.Of(tunnel, metric), text.Value(metric, SeriesOf.Tunnel(gateway, connection, tunnel)));
            }
        }
    }

    /// <summary>The tunnel's configuration, state and IPsec gauges match the model; its traffic counters are left to the caller.</summary>
    public static void TunnelExported(ExpositionText text, SimGateway gateway, SimConnection connection, SimTunnel tunnel)
    {
        var series = SeriesOf.Tunnel(gateway, connection, tunnel);
        var localAddress = gateway.Addresses.Find(a => a.Name == tunnel.LocalAddressName)?.Address ?? tunnel.LocalAddressName;
        Assert.Equal(1, text.Value(TunnelInfo,
            [.. series, ("tunnel_uuid", tunnel.Uuid), ("local_address", localAddress), ("remote_address", tunnel.RemoteAddress)]));

        var states = text.Where(TunnelState, series).ToList();
        Assert.Equal(StateSet.Order(), states.Select(s => s["state"]).Order());
        Assert.Equal(Normalized(tunnel.OperationalState), Assert.Single(states, s => s.Value == 1)["state"]);
        Assert.All(states, s => Assert.True(s.Value is 0 or 1, $"state {s["state"]} is {s.Value}"));

        var up = tunnel.TunnelUp ?? tunnel.OperationalState == "established";
        Assert.Equal(up ? 1 : 0, text.Value(TunnelUp, series));
        Assert.Equal(ModelTraffic.ChildSas(tunnel).Count, text.Value(ChildSas, series));
        Assert.Equal(tunnel.IkeSa?.EstablishedAt is not null, text.Where(IkeSaEstablished, series).Any());
        if (tunnel.IkeSa is not null)
        {
            Assert.Equal(tunnel.UpEvents, text.Value(UpEvents, series));
            Assert.Equal(tunnel.DownEvents, text.Value(DownEvents, series));
        }
    }

    /// <summary>No series carries the gateway's UUID.</summary>
    public static void Gone(ExpositionText text, SimGateway gateway) =>
        Assert.DoesNotContain(text.Samples, s => s.Labels.GetValueOrDefault("gateway_uuid") == gateway.Uuid);

    private static string Normalized(string state) => StateSet.Contains(state) ? state : "unknown";
}
