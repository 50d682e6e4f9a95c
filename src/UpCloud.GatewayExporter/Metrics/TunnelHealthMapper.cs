using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Metrics.Totals;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes what UpCloud's heuristics say of a tunnel: whether it is up and healthy, how often it went up and down, and why it last went down.</summary>
internal sealed class TunnelHealthMapper(TunnelFamilies families, SeriesTableWriter table)
{
    /// <summary>Maps the tunnel's heuristic state; a tunnel without any IKE SA counts as down and unhealthy unless the list says otherwise.</summary>
    public void Map(GatewayLabels labels, GatewayTunnel configured, HeuristicState? heuristic, bool noSa, TunnelTotals totals)
    {
        var series = configured.Labels.Values();
        var noSaMeansDown = noSa ? false : (bool?)null;
        if ((heuristic?.TunnelUp ?? configured.Tunnel.TunnelUp ?? noSaMeansDown) is { } up)
        {
            table.Set(families.Up, up ? 1 : 0, series);
        }

        if ((heuristic?.TunnelHealthy ?? configured.Tunnel.TunnelHealthy ?? noSaMeansDown) is { } healthy)
        {
            table.Set(families.Healthy, healthy ? 1 : 0, series);
        }

        Count(families.UpEvents, series, heuristic?.UpEvents, totals.UpEvents ??= heuristic?.UpEvents is null ? null : new RunningTotal(), labels, "up_events");
        Count(families.DownEvents, series, heuristic?.DownEvents, totals.DownEvents ??= heuristic?.DownEvents is null ? null : new RunningTotal(), labels, "down_events");
        Count(families.BadLogEvents, series, heuristic?.LogMessageBadEvents, totals.BadLogEvents ??= heuristic?.LogMessageBadEvents is null ? null : new RunningTotal(), labels, "log_message_bad_events");
        if (heuristic?.LastDownMessage is { Length: > 0 } message)
        {
            table.Set(families.LastDownInfo, 1, configured.Labels.With(labels.Value(message, "last down message")));
        }

        if (heuristic?.LastDownMessageUpdatedAt is { } downAt)
        {
            table.Set(families.LastDownTimestamp, downAt.ToUnixTimeMilliseconds() / 1000.0, series);
        }
    }

    /// <summary>Adds a reading to its running total and writes the total; a total once started keeps its series while readings are missing.</summary>
    private void Count(ResourceFamily family, string[] series, long? reading, RunningTotal? total, GatewayLabels labels, string field)
    {
        if (total is null)
        {
            return;
        }

        if (reading is { } value)
        {
            total.Observe(labels.Count(value, field));
        }

        table.Set(family, total.Total, series);
    }
}
