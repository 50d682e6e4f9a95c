using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes what the audit log says of a gateway: its event counts, and its last change by origin and last maintenance.</summary>
internal sealed class AuditMapper(AuditFamilies families, SeriesTableWriter table)
{
    /// <summary>
    /// Maps the gateway's audit summary; counts only grow, as the reader keeps them. Actions and origins are label values
    /// already: the reader cleans them once, before it tallies by them, so that the tally's keys stay bounded.
    /// </summary>
    public void Map(GatewayLabels labels, GatewayAudit audit)
    {
        foreach (var (action, origin, count) in audit.Events)
        {
            table.Set(families.Events, count, labels.Uuid, labels.Name, action, origin);
        }

        foreach (var (origin, at) in audit.LastChange)
        {
            table.Set(families.LastChange, Seconds(at), labels.Uuid, labels.Name, origin);
        }

        if (audit.LastMaintenance is { } maintenance)
        {
            table.Set(families.LastMaintenance, Seconds(maintenance), labels.Uuid, labels.Name);
        }
    }

    private static double Seconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds() / 1000.0;
}
