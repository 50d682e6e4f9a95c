namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Running totals of one tunnel.</summary>
internal sealed class TunnelTotals
{
    /// <summary>Traffic over the tunnel's child SAs.</summary>
    public TunnelTraffic Traffic { get; } = new();

    /// <summary>Up events; null until the API has reported any.</summary>
    public RunningTotal? UpEvents { get; set; }

    /// <summary>Down events; null until the API has reported any.</summary>
    public RunningTotal? DownEvents { get; set; }

    /// <summary>Log lines counted as trouble; null until the API has reported any.</summary>
    public RunningTotal? BadLogEvents { get; set; }
}
