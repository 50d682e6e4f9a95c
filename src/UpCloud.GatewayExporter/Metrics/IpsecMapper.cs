using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes each configured tunnel's IPsec series from the IKE SAs that carry its name.</summary>
internal sealed class IpsecMapper(MetricFamilies families)
{
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

        totals.Tunnels.Commit();
        foreach (var unmatched in sasByName.Keys)
        {
            labels.Unmatched(unmatched);
        }
    }

    private void MapTunnel(GatewayObservation observation, GatewayLabels labels, GatewayTunnel configured, List<IkeSa> sas, TunnelTotals totals)
    {
        var series = configured.Labels.Values();
        var childSas = sas.SelectMany(sa => sa.ChildSas ?? []).ToList();
        if (childSas.Exists(c => c.BytesIn < 0 || c.BytesOut < 0 || c.PacketsIn < 0 || c.PacketsOut < 0))
        {
            labels.Negative("child SA byte or packet count");
        }

        totals.Traffic.Observe(childSas);
        families.ReceiveBytes.Series(series).IncTo(totals.Traffic.BytesIn);
        families.TransmitBytes.Series(series).IncTo(totals.Traffic.BytesOut);
        families.ReceivePackets.Series(series).IncTo(totals.Traffic.PacketsIn);
        families.TransmitPackets.Series(series).IncTo(totals.Traffic.PacketsOut);
        families.ChildSas.Series(series).Set(childSas.Count);

        var current = sas
            .OrderByDescending(IsEstablished)
            .ThenBy(sa => sa.Established ?? long.MaxValue)
            .FirstOrDefault();
        if (current?.Established is { } established && established >= 0)
        {
            families.IkeSaEstablished.Series(series).Set(observation.ObservedAt.ToUnixTimeSeconds() - established);
        }

        var heuristic = current?.HeuristicState ?? sas.Select(sa => sa.HeuristicState).FirstOrDefault(h => h is not null);
        MapHealth(series, configured.Tunnel, heuristic, sas.Count == 0);
        MapEvents(labels, series, heuristic, totals);
    }

    private void MapHealth(string[] series, Tunnel tunnel, HeuristicState? heuristic, bool noSa)
    {
        var noSaMeansDown = noSa ? false : (bool?)null;
        if ((heuristic?.TunnelUp ?? tunnel.TunnelUp ?? noSaMeansDown) is { } up)
        {
            families.TunnelUp.Series(series).Set(up ? 1 : 0);
        }

        if ((heuristic?.TunnelHealthy ?? tunnel.TunnelHealthy ?? noSaMeansDown) is { } healthy)
        {
            families.TunnelHealthy.Series(series).Set(healthy ? 1 : 0);
        }
    }

    private void MapEvents(GatewayLabels labels, string[] series, HeuristicState? heuristic, TunnelTotals totals)
    {
        if (heuristic?.UpEvents is { } upEvents)
        {
            (totals.UpEvents ??= new RunningTotal()).Observe(SnapshotMapper.Count(labels, upEvents, "up_events"));
        }

        if (heuristic?.DownEvents is { } downEvents)
        {
            (totals.DownEvents ??= new RunningTotal()).Observe(SnapshotMapper.Count(labels, downEvents, "down_events"));
        }

        if (totals.UpEvents is { } upTotal)
        {
            families.TunnelUpEvents.Series(series).IncTo(upTotal.Total);
        }

        if (totals.DownEvents is { } downTotal)
        {
            families.TunnelDownEvents.Series(series).IncTo(downTotal.Total);
        }
    }

    private static bool IsEstablished(IkeSa sa) =>
        string.Equals(sa.OperationalState, "established", StringComparison.OrdinalIgnoreCase)
        || string.Equals(sa.InternalState, "established", StringComparison.OrdinalIgnoreCase);
}
