using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes what the gateway list says of a gateway: what it is, its state, its tunnels with their state and IPsec settings.</summary>
internal sealed class TopologyMapper(MetricFamilies families)
{
    /// <summary>Maps the gateway's list entry, whatever became of its metrics call.</summary>
    public void Map(GatewayObservation observation, GatewayLabels labels, List<GatewayTunnel> tunnels, GatewayPlan? plan)
    {
        var gateway = observation.Gateway;
        var (uuid, name) = (labels.Uuid, labels.Name);
        families.Gateway.Info.Series(uuid, name, labels.Value(gateway.Zone, "zone"), labels.Value(gateway.Plan, "plan")).Set(1);
        families.Gateway.OperationalState.Series(uuid, name, labels.State(gateway.OperationalState, "operational state")).Set(1);
        families.Gateway.ConfiguredState.Series(uuid, name, labels.State(gateway.ConfiguredStatus, "configured status")).Set(1);
        families.Gateway.MetricsUp.Series(uuid, name).Set(observation.Metrics is null ? 0 : 1);
        families.Gateway.VpnTunnels.Series(uuid, name).Set(tunnels.Count);
        if (plan?.VpnTunnelAmount is { } allowed)
        {
            families.Capacity.VpnMaxTunnels.Series(uuid, name).Set(allowed);
        }

        foreach (var tunnel in tunnels)
        {
            MapTunnel(gateway, labels, tunnel);
        }
    }

    private void MapTunnel(Gateway gateway, GatewayLabels labels, GatewayTunnel configured)
    {
        var tunnel = configured.Tunnel;
        var localName = tunnel.LocalAddress?.Name;
        var localAddress = gateway.Addresses?.FirstOrDefault(a => a.Name == localName)?.Address ?? localName;
        families.Tunnel.Info.Series(configured.Labels.With(
            labels.Value(tunnel.Uuid, "tunnel UUID"),
            labels.Value(localAddress, "tunnel local address"),
            labels.Value(tunnel.RemoteAddress?.Address, "tunnel remote address"))).Set(1);
        var state = TunnelState.Fold(tunnel.OperationalState);
        foreach (var candidate in TunnelState.Documented)
        {
            families.Tunnel.State.Series(configured.Labels.With(candidate)).Set(candidate == state ? 1 : 0);
        }

        if (tunnel.Ipsec is { } ipsec)
        {
            families.Tunnel.IpsecInfo.Series(configured.Labels.With(
                labels.Value(Joined(ipsec.Phase1Algorithms), "phase 1 algorithms"),
                labels.Value(Joined(ipsec.Phase1IntegrityAlgorithms), "phase 1 integrity algorithms"),
                Joined(ipsec.Phase1DhGroupNumbers),
                labels.Value(Joined(ipsec.Phase2Algorithms), "phase 2 algorithms"),
                labels.Value(Joined(ipsec.Phase2IntegrityAlgorithms), "phase 2 integrity algorithms"),
                Joined(ipsec.Phase2DhGroupNumbers),
                Seconds(ipsec.IkeLifetime),
                Seconds(ipsec.RekeyTime),
                Seconds(ipsec.ChildRekeyTime))).Set(1);
        }
    }

    private static string Joined<T>(IReadOnlyList<T>? items) => items is null ? string.Empty : string.Join(',', items);

    private static string Seconds(long? seconds) => seconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
