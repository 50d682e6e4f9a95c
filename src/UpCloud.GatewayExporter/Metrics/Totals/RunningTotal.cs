namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// The exporter's own total of an upstream counter that restarts from zero: it adds each increase, and a value below
/// the previous one means a restart, so the new value is added whole. The first observation is taken as it is.
/// </summary>
internal sealed class RunningTotal
{
    private long? _last;

    /// <summary>The total so far; it never decreases.</summary>
    public double Total { get; private set; }

    /// <summary>Adds an upstream reading and returns the new total; negative readings count as zero.</summary>
    public double Observe(long reading)
    {
        var value = Math.Max(0, reading);
        Total += _last is { } last && value >= last ? value - last : value;
        _last = value;
        return Total;
    }
}
