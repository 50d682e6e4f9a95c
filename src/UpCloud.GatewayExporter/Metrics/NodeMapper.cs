using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Metrics.Totals;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes each gateway node's series: its NAT counters, how fresh UpCloud's numbers are, and what the plan allows it.</summary>
internal sealed class NodeMapper(ResourceFamilies families, SeriesTableWriter table)
{
    // Mbps in the plans are megabits; the series are bytes per second.
    private const double BytesPerSecondPerMbps = 1_000_000 / 8.0;

    /// <summary>Maps the nodes of one gateway's metrics, read at <paramref name="observedAt"/>; a node name seen twice is noted and only its first entry mapped.</summary>
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
                table.Set(families.Gateway.MetricsUpdated, updated.ToUnixTimeMilliseconds() / 1000.0, series);
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
        if (node.ActiveConnections is { } active)
        {
            table.Set(families.Nat.ActiveConnections, labels.Count(active, "active_connections"), series);
        }

        if (node.TotalAcceptedConnections is { } accepted)
        {
            totals.Accepted.Observe(labels.Count(accepted, "total_accepted_connections"));
            table.Set(families.Nat.AcceptedConnections, totals.Accepted.Total, series);
        }

        if (node.TotalRejected is { } rejected)
        {
            totals.Rejected.Observe(labels.Count(rejected, "total_rejected_sessions"));
            table.Set(families.Nat.RejectedConnections, totals.Rejected.Total, series);
        }
    }

    private void MapPlan(GatewayPlan plan, string[] series)
    {
        if (plan.PerGatewayMaxConnections is { } connections)
        {
            table.Set(families.Capacity.NatMaxConnections, connections, series);
        }

        if (plan.PerGatewayBandwidthMbps is { } bandwidth)
        {
            table.Set(families.Capacity.Bandwidth, bandwidth * BytesPerSecondPerMbps, series);
        }

        if (plan.PerGatewayMaximumVpnBandwidthMbps is { } vpn)
        {
            table.Set(families.Capacity.VpnBandwidth, vpn * BytesPerSecondPerMbps, series);
        }
    }
}
