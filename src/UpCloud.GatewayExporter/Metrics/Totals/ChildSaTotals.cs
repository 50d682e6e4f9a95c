namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one child SA's four traffic counters.</summary>
internal sealed class ChildSaTotals
{
    /// <summary>Bytes received.</summary>
    public RunningTotal BytesIn { get; } = new();

    /// <summary>Bytes sent.</summary>
    public RunningTotal BytesOut { get; } = new();

    /// <summary>Packets received.</summary>
    public RunningTotal PacketsIn { get; } = new();

    /// <summary>Packets sent.</summary>
    public RunningTotal PacketsOut { get; } = new();
}
