namespace UpCloud.GatewayExporter.Metrics.Resources;

/// <summary>One series of a resource family in the poll being mapped, written as a prometheus-net gauge or counter child would be.</summary>
/// <param name="Family">The family.</param>
/// <param name="Position">Its place among the family's series of this poll.</param>
internal readonly record struct ResourceSeries(ResourceFamily Family, int Position)
{
    /// <summary>Sets the value, as a gauge does.</summary>
    public void Set(double value) => Family.Write(Position, value, rise: false);

    /// <summary>Raises the value to <paramref name="value"/> unless it is already higher, as a counter does.</summary>
    public void IncTo(double value) => Family.Write(Position, value, rise: true);
}
