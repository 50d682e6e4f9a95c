using System.Text.Json;
using UpCloud.Api.Models;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Api.Tests.OverHttp;

/// <summary>Asserts that what the client parsed is what the simulated fleet holds, field for field.</summary>
internal static class FleetAssert
{
    /// <summary>The wire carries microseconds; finer ticks are cut.</summary>
    public static DateTimeOffset Micro(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    public static void Gateway(SimGateway expected, Gateway actual)
    {
        Assert.Equal(expected.Uuid, actual.Uuid);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Zone, actual.Zone);
        Assert.Equal(expected.Plan, actual.Plan);
        Assert.Equal(expected.Features, actual.Features!);
        Assert.Equal(expected.ConfiguredStatus, actual.ConfiguredStatus);
        Assert.Equal(expected.OperationalState, actual.OperationalState);
        var router = Assert.Single(actual.Routers!);
        Assert.Equal(expected.RouterUuid, router.Uuid);
        Assert.Equal(Micro(expected.CreatedAt), router.CreatedAt);
        Assert.Equal<(string?, string?)>(expected.Addresses.Select(a => ((string?)a.Name, a.Address)), actual.Addresses!.Select(a => (a.Name, a.Address)));
        Assert.Equal<(string?, string?)>(expected.Labels.Select(l => ((string?)l.Key, (string?)l.Value)), actual.Labels!.Select(l => (l.Key, l.Value)));
        Assert.Equal(expected.Wire.NewerFields ? true : null, actual.AutomaticTunnelInternalIpAllocation);
        Assert.Equal(Micro(expected.CreatedAt), actual.CreatedAt);
        Assert.Equal(Micro(expected.UpdatedAt), actual.UpdatedAt);
        if (!expected.EmbedConnections)
        {
            Assert.Null(actual.Connections);
            return;
        }

        Assert.Equal(expected.Connections.Count, actual.Connections!.Count);
        for (var i = 0; i < expected.Connections.Count; i++)
        {
            Connection(expected, expected.Connections[i], actual.Connections[i]);
        }
    }

    public static void Connection(SimGateway gateway, SimConnection expected, GatewayConnection actual)
    {
        Assert.Equal(expected.Uuid, actual.Uuid);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal("ipsec", actual.Type);
        Assert.Equal<(string?, string?, string?)>(expected.LocalRoutes.Select(r => ((string?)r.Name, (string?)"static", (string?)r.StaticNetwork)), actual.LocalRoutes!.Select(r => (r.Name, r.Type, r.StaticNetwork)));
        Assert.Equal<(string?, string?, string?)>(expected.RemoteRoutes.Select(r => ((string?)r.Name, (string?)"static", (string?)r.StaticNetwork)), actual.RemoteRoutes!.Select(r => (r.Name, r.Type, r.StaticNetwork)));
        Assert.Equal(Micro(expected.CreatedAt), actual.CreatedAt);
        Assert.Equal(Micro(expected.UpdatedAt), actual.UpdatedAt);
        Assert.Equal(expected.Tunnels.Count, actual.Tunnels!.Count);
        for (var i = 0; i < expected.Tunnels.Count; i++)
        {
            Tunnel(gateway, expected.Tunnels[i], actual.Tunnels[i]);
        }
    }

    public static void Tunnel(SimGateway gateway, SimTunnel expected, Tunnel actual)
    {
        Assert.Equal(expected.Uuid, actual.Uuid);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.LocalAddressName, actual.LocalAddress!.Name);
        Assert.Equal(expected.RemoteAddress, actual.RemoteAddress!.Address);
        Assert.Equal(expected.OperationalState, actual.OperationalState);
        Assert.Equal(expected.TunnelUp, actual.TunnelUp);
        Assert.Equal(expected.TunnelHealthy, actual.TunnelHealthy);
        Assert.Equal(Micro(expected.CreatedAt), actual.CreatedAt);
        Assert.Equal(Micro(expected.UpdatedAt), actual.UpdatedAt);
        switch (gateway.Wire.TunnelInternalIp)
        {
            case TunnelInternalIpForm.String:
                Assert.Equal(JsonValueKind.String, actual.TunnelInternalIp!.Value.ValueKind);
                Assert.StartsWith("169.254.", actual.TunnelInternalIp.Value.GetString(), StringComparison.Ordinal);
                break;
            case TunnelInternalIpForm.Object:
                Assert.Equal(JsonValueKind.Object, actual.TunnelInternalIp!.Value.ValueKind);
                Assert.StartsWith("169.254.", actual.TunnelInternalIp.Value.GetProperty("ip").GetProperty("addr").GetString(), StringComparison.Ordinal);
                break;
            default:
                Assert.Null(actual.TunnelInternalIp);
                break;
        }

        Assert.Equal("psk", actual.Ipsec!.Authentication!.Authentication);
        Assert.Equal(gateway.Wire.DhGroupsAsScalars ? [expected.Ipsec.Phase1DhGroupNumbers[0]] : expected.Ipsec.Phase1DhGroupNumbers, actual.Ipsec.Phase1DhGroupNumbers!);
        Assert.Equal(gateway.Wire.DhGroupsAsScalars ? [expected.Ipsec.Phase2DhGroupNumbers[0]] : expected.Ipsec.Phase2DhGroupNumbers, actual.Ipsec.Phase2DhGroupNumbers!);
        Assert.Equal(gateway.Wire.NewerFields, actual.Bgp is not null);
    }

    public static void Metrics(SimGateway gateway, GatewayMetrics actual)
    {
        Assert.Equal(gateway.NatNodes.Count, actual.Nodes!.Count);
        for (var i = 0; i < gateway.NatNodes.Count; i++)
        {
            var (expected, node) = (gateway.NatNodes[i], actual.Nodes[i]);
            Assert.Equal(expected.Name, node.Name);
            Assert.Equal(expected.ActiveConnections, node.ActiveConnections);
            Assert.Equal(expected.TotalAccepted, node.TotalAcceptedConnections);
            Assert.Equal(expected.TotalRejected, node.TotalRejected);
            Assert.Equal(expected.TotalRejected, gateway.Wire.RejectedAsConnections ? node.TotalRejectedConnections : node.TotalRejectedSessions);
            Assert.Equal(Micro(expected.CreatedAt), node.CreatedAt);
        }

        if (!gateway.Features.Contains("vpn"))
        {
            Assert.Null(actual.Ipsec!.IkeSas);
            return;
        }

        var expectedSas = gateway.Connections
            .SelectMany(c => c.Tunnels.Where(t => t.IkeSa is not null).Select(t => (Connection: c, Tunnel: t, Sa: t.IkeSa!)))
            .ToList();
        var sas = actual.Ipsec!.IkeSas!;
        Assert.Equal(expectedSas.Count, sas.Count);
        for (var i = 0; i < sas.Count; i++)
        {
            var (connection, tunnel, expected) = expectedSas[i];
            var sa = sas[i];
            Assert.Equal($"{connection.Name}/{tunnel.Name}", sa.Name);
            Assert.Equal(expected.UniqueId, sa.UniqueId);
            Assert.Equal(expected.TunnelId, sa.TunnelId);
            Assert.Equal(expected.OperationalState, sa.OperationalState);
            Assert.Equal(expected.InternalState, sa.InternalState);
            Assert.Equal(tunnel.RemoteAddress, sa.RemoteHost);
            Assert.Equal(tunnel.UpEvents, sa.HeuristicState!.UpEvents);
            Assert.Equal(tunnel.DownEvents, sa.HeuristicState.DownEvents);
            Assert.Equal(expected.ChildSas.Count, sa.ChildSas!.Count);
            for (var j = 0; j < expected.ChildSas.Count; j++)
            {
                var (child, parsed) = (expected.ChildSas[j], sa.ChildSas[j]);
                Assert.Equal(child.UniqueId, parsed.UniqueId);
                Assert.Equal(child.State, parsed.State);
                Assert.Equal((child.SpiIn, child.SpiOut), (parsed.SpiIn, parsed.SpiOut));
                Assert.Equal(
                    (child.BytesIn, child.BytesOut, child.PacketsIn, child.PacketsOut),
                    (parsed.BytesIn!.Value, parsed.BytesOut!.Value, parsed.PacketsIn!.Value, parsed.PacketsOut!.Value));
                Assert.Equal(connection.LocalRoutes.Select(r => r.StaticNetwork), parsed.LocalTrafficSelectors);
                Assert.Equal(connection.RemoteRoutes.Select(r => r.StaticNetwork), parsed.RemoteTrafficSelectors);
            }
        }
    }
}
