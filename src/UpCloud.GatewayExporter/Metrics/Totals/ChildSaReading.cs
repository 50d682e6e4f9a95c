namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>The four traffic counters of one child SA as read in one poll.</summary>
/// <param name="BytesIn">Bytes received.</param>
/// <param name="BytesOut">Bytes sent.</param>
/// <param name="PacketsIn">Packets received.</param>
/// <param name="PacketsOut">Packets sent.</param>
internal readonly record struct ChildSaReading(long BytesIn, long BytesOut, long PacketsIn, long PacketsOut);
