namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// A tunnel's traffic totals summed over its child SAs. Each child SA is followed by its id with running totals of its
/// own: a new id is a rekeyed SA whose counters started from zero, so its reading is added whole; a known id adds only
/// its increase, even when it comes back after polls that missed it.
/// </summary>
internal sealed class TunnelTraffic
{
    private readonly TotalsByKey<string, ChildSaTotals> _childSas = new();

    public double BytesIn { get; private set; }

    public double BytesOut { get; private set; }

    public double PacketsIn { get; private set; }

    public double PacketsOut { get; private set; }

    /// <summary>Adds the tunnel's child SAs as read at <paramref name="at"/>.</summary>
    public void Observe(IEnumerable<ChildSaReading> childSas, DateTimeOffset at)
    {
        var position = 0;
        foreach (var child in childSas)
        {
            // Each repeat gets this position's suffix, so even thousands of SAs with one id cost one lookup more each.
            var id = child.Id ?? $"#{position}";
            while (_childSas.Taken(id))
            {
                id = $"{id}#{position}";
            }

            var totals = _childSas.Take(id);
            BytesIn += totals.BytesIn.Observe(child.BytesIn);
            BytesOut += totals.BytesOut.Observe(child.BytesOut);
            PacketsIn += totals.PacketsIn.Observe(child.PacketsIn);
            PacketsOut += totals.PacketsOut.Observe(child.PacketsOut);
            position++;
        }

        _childSas.Commit(at);
    }
}
