using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>What the fleet model holds for a tunnel's traffic right now: its child SAs' counters summed, as the exporter must sum them.</summary>
internal static class ModelTraffic
{
    public static readonly string[] TunnelCounters =
        [MetricNames.ReceiveBytes, MetricNames.TransmitBytes, MetricNames.ReceivePackets, MetricNames.TransmitPackets];

    public static readonly string[] NodeCounters = [MetricNames.NatAccepted, MetricNames.NatRejected];

    public static IReadOnlyList<SimChildSa> ChildSas(SimTunnel tunnel) => tunnel.IkeSa?.ChildSas ?? [];

    public static long Of(SimTunnel tunnel, string metric) => metric switch
    {
        MetricNames.ReceiveBytes => ChildSas(tunnel).Sum(sa => sa.BytesIn),
        MetricNames.TransmitBytes => ChildSas(tunnel).Sum(sa => sa.BytesOut),
        MetricNames.ReceivePackets => ChildSas(tunnel).Sum(sa => sa.PacketsIn),
        MetricNames.TransmitPackets => ChildSas(tunnel).Sum(sa => sa.PacketsOut),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a traffic counter"),
    };

    public static long Of(SimNatNode node, string metric) => metric switch
    {
        MetricNames.NatAccepted => node.TotalAccepted,
        MetricNames.NatRejected => node.TotalRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a NAT counter"),
    };
}
