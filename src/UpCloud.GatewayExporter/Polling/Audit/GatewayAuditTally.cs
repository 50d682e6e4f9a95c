namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// Adds up one gateway's audit log events as they are read. Actions and origins are open vocabularies, so a hostile API
/// could send a new one with every event: beyond <see cref="MaxPairs"/> action/origin pairs, and <see cref="MaxOrigins"/>
/// origins of changes, further ones count under <see cref="Other"/>, which keeps both the memory and the series bounded.
/// </summary>
internal sealed class GatewayAuditTally
{
    /// <summary>The most action/origin pairs counted apart.</summary>
    public const int MaxPairs = 64;

    /// <summary>The most origins whose last change is kept apart.</summary>
    public const int MaxOrigins = 8;

    /// <summary>The action and origin under which what is beyond the bounds counts.</summary>
    public const string Other = "other";

    // The actions the contract calls a change; maintenance-start is the one UpCloud's maintenance starts with.
    private static readonly HashSet<string> Changes = new(["create", "update", "start", "stop", "attach", "detach"], StringComparer.OrdinalIgnoreCase);
    private const string MaintenanceStart = "maintenance-start";

    private readonly Dictionary<(string Action, string Origin), long> _events = [];
    private readonly Dictionary<string, DateTimeOffset> _lastChange = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastMaintenance;
    private GatewayAudit? _summary;

    /// <summary>Counts an event; returns false when its action/origin pair was beyond <see cref="MaxPairs"/> and counted under <see cref="Other"/>.</summary>
    public bool Add(string action, string origin, DateTimeOffset at)
    {
        _summary = null;
        var pair = (action, origin);
        var fits = _events.ContainsKey(pair) || _events.Count(known => known.Key != (Other, Other)) < MaxPairs;
        pair = fits ? pair : (Other, Other);
        _events[pair] = _events.GetValueOrDefault(pair) + 1;
        if (Changes.Contains(action))
        {
            var kept = _lastChange.ContainsKey(origin) || _lastChange.Count(known => known.Key != Other) < MaxOrigins ? origin : Other;
            _lastChange[kept] = _lastChange.TryGetValue(kept, out var last) && last > at ? last : at;
        }
        else if (string.Equals(action, MaintenanceStart, StringComparison.OrdinalIgnoreCase) && !(_lastMaintenance > at))
        {
            _lastMaintenance = at;
        }

        return fits;
    }

    /// <summary>Whether no event was counted yet.</summary>
    public bool IsEmpty => _events.Count == 0;

    /// <summary>The counts as they stand, kept until the next event.</summary>
    public GatewayAudit Summary => _summary ??= new GatewayAudit(
        [.. _events.OrderBy(e => e.Key.Action, StringComparer.Ordinal).ThenBy(e => e.Key.Origin, StringComparer.Ordinal).Select(e => (e.Key.Action, e.Key.Origin, e.Value))],
        [.. _lastChange.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))],
        _lastMaintenance);
}
