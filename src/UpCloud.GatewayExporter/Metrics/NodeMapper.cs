using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Totals;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes each gateway node's series: its NAT counters, how fresh UpCloud's numbers are, and what the plan allows it.</summary>
internal sealed class NodeMapper(MetricFamilies families)
{
    // Mbps in the plans are megabits; the series are bytes per second.
    private const double BytesPerSecondPerMbps = 1_000_000 / 8.0;

    /// <summary>Maps the nodes of one gateway's metrics; a node name seen twice is noted and only its first entry mapped.</summary>
    public void Map(GatewayLabels labels, GatewayMetrics metrics, GatewayPlan? plan, GatewayTotals totals, DateTimeOffset observedAt)
    {
        var position = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in metrics.Nodes ?? [])
        {
            var name = string.IsNullOrEmpty(node.Name) ? $"node-{position}" : labels.Value(node.Name, "node name");
            position++;
            if (!seen.Add(name))
            {
                labels.Duplicate("node", name);
                continue;
            }

            string[] series = [labels.Uuid, labels.Name, name];
            MapNat(labels, node, series, totals.Nodes.Take(name));
            if (node.UpdatedAt is { } updated)
            {
                families.Gateway.MetricsUpdated.Series(series).Set(updated.ToUnixTimeMilliseconds() / 1000.0);
            }

            if (plan is not null)
            {
                MapPlan(plan, series);
            }
        }

        totals.Nodes.Commit(observedAt);
    }

    private void MapNat(GatewayLabels labels, NatNodeMetrics node, string[] series, NatNodeTotals totals)
    {
        var nat = families.Nat;
        if (node.ActiveConnections is { } active)
        {
            nat.ActiveConnections.Series(series).Set(SnapshotMapper.Count(labels, active, "active_connections"));
        }

        if (node.TotalAcceptedConnections is { } accepted)
        {
            totals.Accepted.Observe(SnapshotMapper.Count(labels, accepted, "total_accepted_connections"));
            nat.AcceptedConnections.Series(series).IncTo(totals.Accepted.Total);
        }

        if (node.TotalRejected is { } rejected)
        {
            totals.Rejected.Observe(SnapshotMapper.Count(labels, rejected, "total_rejected_sessions"));
            nat.RejectedConnections.Series(series).IncTo(totals.Rejected.Total);
        }
    }

    private void MapPlan(GatewayPlan plan, string[] series)
    {
        var capacity = families.Capacity;
        if (plan.PerGatewayMaxConnections is { } connections)
        {
            capacity.NatMaxConnections.Series(series).Set(connections);
        }

        if (plan.PerGatewayBandwidthMbps is { } bandwidth)
        {
            capacity.Bandwidth.Series(series).Set(bandwidth * BytesPerSecondPerMbps);
        }

        if (plan.PerGatewayMaximumVpnBandwidthMbps is { } vpn)
        {
            capacity.VpnBandwidth.Series(series).Set(vpn * BytesPerSecondPerMbps);
        }
    }
}
