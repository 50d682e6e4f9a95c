using System.Diagnostics.CodeAnalysis;

namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// Totals keyed by series: what a poll takes is kept, and <see cref="Commit"/> sets aside what it did not take. A series
/// set aside comes back with its totals if a later poll takes it within the <see cref="Retention"/>, and is forgotten after.
/// </summary>
/// <typeparam name="TKey">What identifies a series within its parent.</typeparam>
/// <typeparam name="TTotals">The totals kept for it.</typeparam>
internal sealed class TotalsByKey<TKey, TTotals>
    where TKey : notnull
    where TTotals : new()
{
    private readonly IEqualityComparer<TKey>? _comparer;
    private readonly Dictionary<TKey, Missing> _missing;
    private Dictionary<TKey, TTotals> _kept;
    private Dictionary<TKey, TTotals> _taken;

    /// <summary>Creates an empty set of totals whose keys compare by <paramref name="comparer"/>, or by default.</summary>
    public TotalsByKey(IEqualityComparer<TKey>? comparer = null)
    {
        _comparer = comparer;
        (_missing, _kept, _taken) = (new(comparer), new(comparer), new(comparer));
    }

    /// <summary>Returns the totals of a series, created on its first observation.</summary>
    public TTotals Take(TKey key)
    {
        if (!_taken.TryGetValue(key, out var totals))
        {
            totals = _kept.Remove(key, out var kept) ? kept
                : _missing.Remove(key, out var missing) ? missing.Totals
                : new TTotals();
            _taken[key] = totals;
        }

        return totals;
    }

    /// <summary>The totals of a series this poll took, or one set aside and still kept; not taken by looking.</summary>
    public bool TryFind(TKey key, [MaybeNullWhen(false)] out TTotals totals)
    {
        if (_taken.TryGetValue(key, out totals) || _kept.TryGetValue(key, out totals))
        {
            return true;
        }

        totals = _missing.TryGetValue(key, out var missing) ? missing.Totals : default;
        return missing is not null;
    }

    /// <summary>Whether this poll has taken the series already.</summary>
    public bool Taken(TKey key) => _taken.ContainsKey(key);

    /// <summary>Ends a poll, read at <paramref name="at"/>, that read this parent: series it did not take are set aside, and those set aside too long are forgotten.</summary>
    public void Commit(DateTimeOffset at)
    {
        foreach (var (key, missing) in _missing)
        {
            if (!Retention.Keeps(++missing.Polls, at - missing.Since))
            {
                _missing.Remove(key);
            }
        }

        foreach (var (key, totals) in _kept)
        {
            _missing[key] = new Missing(totals, at);
        }

        _kept = _taken;
        _taken = new(_comparer);
    }

    private sealed class Missing(TTotals totals, DateTimeOffset since)
    {
        public TTotals Totals { get; } = totals;

        public DateTimeOffset Since { get; } = since;

        public int Polls { get; set; } = 1;
    }
}
