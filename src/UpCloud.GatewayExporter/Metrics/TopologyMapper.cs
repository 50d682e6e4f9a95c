using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes what the gateway list says of a gateway: what it is, its state, its tunnels with their state and IPsec settings.</summary>
internal sealed class TopologyMapper(ResourceFamilies families, SeriesTableWriter table)
{
    /// <summary>Maps the gateway's list entry, whatever became of its metrics call.</summary>
    public void Map(GatewayObservation observation, GatewayLabels labels, List<GatewayTunnel> tunnels, GatewayPlan? plan)
    {
        var gateway = observation.Gateway;
        var (uuid, name) = (labels.Uuid, labels.Name);
        table.Set(families.Gateway.Info, 1, uuid, name, labels.Value(gateway.Zone, "zone"), labels.Value(gateway.Plan, "plan"));
        table.Set(families.Gateway.OperationalState, 1, uuid, name, labels.State(gateway.OperationalState, "operational state"));
        table.Set(families.Gateway.ConfiguredState, 1, uuid, name, labels.State(gateway.ConfiguredStatus, "configured status"));
        table.Set(families.Gateway.MetricsUp, observation.Metrics is null ? 0 : 1, uuid, name);
        table.Set(families.Gateway.VpnTunnels, tunnels.Count, uuid, name);
        if (plan?.VpnTunnelAmount is { } allowed)
        {
            table.Set(families.Capacity.VpnMaxTunnels, allowed, uuid, name);
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
        table.Set(families.Tunnel.Info, 1, configured.Labels.With(
            labels.Value(tunnel.Uuid, "tunnel UUID"),
            labels.Value(localAddress, "tunnel local address"),
            labels.Value(tunnel.RemoteAddress?.Address, "tunnel remote address")));
        var state = TunnelState.Fold(tunnel.OperationalState);
        foreach (var candidate in TunnelState.Documented)
        {
            table.Set(families.Tunnel.State, candidate == state ? 1 : 0, configured.Labels.With(candidate));
        }

        if (tunnel.Ipsec is { } ipsec)
        {
            table.Set(families.Tunnel.IpsecInfo, 1, configured.Labels.With(
                labels.Value(Joined(ipsec.Phase1Algorithms), "phase 1 algorithms"),
                labels.Value(Joined(ipsec.Phase1IntegrityAlgorithms), "phase 1 integrity algorithms"),
                Joined(ipsec.Phase1DhGroupNumbers),
                labels.Value(Joined(ipsec.Phase2Algorithms), "phase 2 algorithms"),
                labels.Value(Joined(ipsec.Phase2IntegrityAlgorithms), "phase 2 integrity algorithms"),
                Joined(ipsec.Phase2DhGroupNumbers),
                Seconds(ipsec.IkeLifetime),
                Seconds(ipsec.RekeyTime),
                Seconds(ipsec.ChildRekeyTime)));
        }
    }

    private static string Joined<T>(IReadOnlyList<T>? items) => items is null ? string.Empty : string.Join(',', items);

    private static string Seconds(long? seconds) => seconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
