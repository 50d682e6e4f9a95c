using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>One child SA's identity and four traffic counters as read in one poll, each a count (never below zero).</summary>
/// <param name="Id">What follows the SA from poll to poll: its <c>unique_id</c>, else its inbound SPI; null when it has neither.</param>
/// <param name="BytesIn">Bytes received.</param>
/// <param name="BytesOut">Bytes sent.</param>
/// <param name="PacketsIn">Packets received.</param>
/// <param name="PacketsOut">Packets sent.</param>
internal readonly record struct ChildSaReading(string? Id, long BytesIn, long BytesOut, long PacketsIn, long PacketsOut)
{
    private const string Field = "child SA byte or packet count";

    /// <summary>Reads a child SA's counters as counts of its gateway, which notes a negative one.</summary>
    public static ChildSaReading Of(ChildSa child, GatewayLabels labels) => new(
        child.UniqueId ?? child.SpiIn,
        labels.Count(child.BytesIn ?? 0, Field),
        labels.Count(child.BytesOut ?? 0, Field),
        labels.Count(child.PacketsIn ?? 0, Field),
        labels.Count(child.PacketsOut ?? 0, Field));
}
