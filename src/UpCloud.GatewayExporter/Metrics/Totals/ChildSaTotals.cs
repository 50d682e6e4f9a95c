namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one child SA's four traffic counters.</summary>
internal sealed class ChildSaTotals
{
    public RunningTotal BytesIn { get; } = new();

    public RunningTotal BytesOut { get; } = new();

    public RunningTotal PacketsIn { get; } = new();

    public RunningTotal PacketsOut { get; } = new();
}
