namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one gateway node's NAT counters, which restart when the node does.</summary>
internal sealed class NatNodeTotals
{
    public RunningTotal Accepted { get; } = new();

    public RunningTotal Rejected { get; } = new();
}
