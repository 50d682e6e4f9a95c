namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one gateway node's NAT counters, which restart when the node does.</summary>
internal sealed class NatNodeTotals
{
    /// <summary>Accepted connections.</summary>
    public RunningTotal Accepted { get; } = new();

    /// <summary>Rejected connections.</summary>
    public RunningTotal Rejected { get; } = new();
}
