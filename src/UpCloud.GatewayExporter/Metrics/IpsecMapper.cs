using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes each configured tunnel's IPsec series from the IKE SAs that carry its name.</summary>
internal sealed class IpsecMapper(ResourceFamilies families, SeriesTableWriter table)
{
    private readonly SaDetailMapper _detail = new(families.Ipsec, table);
    private readonly TunnelHealthMapper _health = new(families.Tunnel, table);

    /// <summary>Maps the gateway's SAs onto its tunnels; SAs that match no tunnel are noted and dropped.</summary>
    public void Map(GatewayObservation observation, GatewayLabels labels, List<GatewayTunnel> tunnels, GatewayMetrics metrics, GatewayTotals totals)
    {
        var sasByName = (metrics.Ipsec?.IkeSas ?? [])
            .GroupBy(sa => sa.Name ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var tunnel in tunnels)
        {
            var sas = sasByName.Remove(tunnel.IkeSaName, out var matched) ? matched : [];
            MapTunnel(observation, labels, tunnel, sas, totals.Tunnels.Take((tunnel.Labels.Connection, tunnel.Labels.Tunnel)));
        }

        totals.Tunnels.Commit(observation.ObservedAt);
        foreach (var unmatched in sasByName.Keys)
        {
            labels.Unmatched(unmatched);
        }
    }

    private void MapTunnel(GatewayObservation observation, GatewayLabels labels, GatewayTunnel configured, List<IkeSa> sas, TunnelTotals totals)
    {
        var series = configured.Labels.Values();
        var childSas = sas.SelectMany(sa => sa.ChildSas ?? []).ToList();
        totals.Traffic.Observe(childSas.Select(child => ChildSaReading.Of(child, labels)), observation.ObservedAt);
        table.Set(families.Ipsec.ReceiveBytes, totals.Traffic.BytesIn, series);
        table.Set(families.Ipsec.TransmitBytes, totals.Traffic.BytesOut, series);
        table.Set(families.Ipsec.ReceivePackets, totals.Traffic.PacketsIn, series);
        table.Set(families.Ipsec.TransmitPackets, totals.Traffic.PacketsOut, series);
        table.Set(families.Ipsec.ChildSas, childSas.Count, series);

        // The established SA, else the oldest one: a tunnel being rekeyed briefly has two.
        var current = sas
            .OrderByDescending(IsEstablished)
            .ThenBy(sa => sa.Established ?? long.MaxValue)
            .FirstOrDefault();
        _detail.Map(configured.Labels, observation.ObservedAt, current, childSas);
        var heuristic = current?.HeuristicState ?? sas.Select(sa => sa.HeuristicState).FirstOrDefault(h => h is not null);
        _health.Map(labels, configured, heuristic, sas.Count == 0, totals);
    }

    private static bool IsEstablished(IkeSa sa) =>
        TunnelState.Fold(sa.OperationalState) == TunnelState.Established || TunnelState.Fold(sa.InternalState) == TunnelState.Established;
}
