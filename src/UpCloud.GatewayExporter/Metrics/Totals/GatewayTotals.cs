namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one gateway, kept across polls whose metrics call failed so counters resume where they were.</summary>
internal sealed class GatewayTotals
{
    /// <summary>NAT totals by node name.</summary>
    public TotalsByKey<string, NatNodeTotals> Nodes { get; } = new();

    /// <summary>Tunnel totals by connection and tunnel name.</summary>
    public TotalsByKey<(string Connection, string Tunnel), TunnelTotals> Tunnels { get; } = new();
}
