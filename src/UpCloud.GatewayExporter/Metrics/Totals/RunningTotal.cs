namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// The exporter's own total of an upstream counter that restarts from zero: it adds each increase, and a value below
/// the previous one means a restart, so the new value is added whole. The first observation is added whole too.
/// </summary>
internal sealed class RunningTotal
{
    private long? _last;

    /// <summary>The total so far; it never decreases.</summary>
    public double Total { get; private set; }

    /// <summary>Adds an upstream reading, which the caller has made non-negative, and returns how much the total grew.</summary>
    public long Observe(long reading)
    {
        var increase = _last is { } last && reading >= last ? reading - last : reading;
        Total += increase;
        _last = reading;
        return increase;
    }
}
