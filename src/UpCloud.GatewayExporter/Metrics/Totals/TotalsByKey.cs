namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>Totals keyed by series: what a poll takes is kept, and <see cref="Commit"/> forgets what it did not take.</summary>
/// <typeparam name="TKey">What identifies a series within its gateway.</typeparam>
/// <typeparam name="TTotals">The totals kept for it.</typeparam>
internal sealed class TotalsByKey<TKey, TTotals>
    where TKey : notnull
    where TTotals : new()
{
    private Dictionary<TKey, TTotals> _kept = [];
    private Dictionary<TKey, TTotals> _taken = [];

    /// <summary>Returns the totals of a series, created on its first observation.</summary>
    public TTotals Take(TKey key)
    {
        if (!_taken.TryGetValue(key, out var totals))
        {
            totals = _kept.Remove(key, out var kept) ? kept : new TTotals();
            _taken[key] = totals;
        }

        return totals;
    }

    /// <summary>Ends a poll that read this gateway: series not taken since the last commit are gone for good.</summary>
    public void Commit()
    {
        _kept = _taken;
        _taken = [];
    }
}
