using UpCloud.Simulator.Endpoints;

namespace UpCloud.Simulator.Fleet;

/// <summary>
/// The account's audit log behind <c>GET /1.3/audit-logs</c>: the fleet records its own changes here, tests add events
/// of any kind, events may recur as the clock passes them, and an account without access to it answers 403. Guarded by
/// the fleet's lock.
/// </summary>
public sealed class SimAuditLog
{
    /// <summary>The resource type of a gateway's events.</summary>
    public const string GatewayResource = "network-gateway";

    private readonly object _sync;
    private readonly TimeProvider _time;
    private readonly List<SimAuditEvent> _events = [];
    private readonly List<(string ResourceId, string Action, string Origin, DateTimeOffset Next, TimeSpan Every)> _recurring = [];
    private long _sequence;
    private bool _forbidden;
    private bool _newestFirst = true;

    internal SimAuditLog(object sync, bool forbidden, TimeProvider time) => (_sync, _forbidden, _time) = (sync, forbidden, time);

    /// <summary>Whether the API user may not read the audit log: the route then answers 403, as for a user without its permission.</summary>
    public bool Forbidden { get => Read(() => _forbidden); set => Change(() => _forbidden = value); }

    /// <summary>Whether pages list the newest entries first (the default) or the oldest; the API does not document its order.</summary>
    public bool NewestFirst { get => Read(() => _newestFirst); set => Change(() => _newestFirst = value); }

    /// <summary>The events recorded so far, oldest first.</summary>
    public IReadOnlyList<SimAuditEvent> Events => Read(() =>
    {
        CatchUp();
        return _events.OrderBy(e => e.Time).ThenBy(e => e.CloudEventId, StringComparer.Ordinal).ToList();
    });

    /// <summary>Records an event about a gateway (or, with <paramref name="resourceType"/>, another resource), with made-up personal fields a test may replace.</summary>
    public SimAuditEvent Record(string resourceId, string action, string origin, DateTimeOffset at, string resourceType = GatewayResource)
    {
        lock (_sync)
        {
            var sequence = ++_sequence;
            var person = origin == "upcloud_internal" ? "upcloud" : $"ops-{sequence}";
            var recorded = new SimAuditEvent
            {
                CloudEventId = SimUlid.Of(at, sequence),
                Time = at,
                Action = action,
                ResourceType = resourceType,
                ResourceId = resourceId,
                Origin = origin,
                AccountUsername = person,
                AuthType = origin == "api" ? "token" : "password",
                IpAddress = $"198.51.100.{sequence % 250}",
                CorrelationId = SimUlid.Of(at, sequence + 1_000_000),
                CurrentState = new() { ["uuid"] = resourceId },
                PreviousState = new() { ["uuid"] = resourceId },
            };
            _events.Add(recorded);
            return recorded;
        }
    }

    /// <summary>
    /// Records a gateway's event at <paramref name="first"/> and again every <paramref name="every"/> after it, each once
    /// the clock has reached it, as UpCloud repeats a maintenance: a long-running demo shows it more than once.
    /// </summary>
    public void Recur(string resourceId, string action, string origin, DateTimeOffset first, TimeSpan every)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        Change(() => _recurring.Add((resourceId, action, origin, first, every)));
    }

    /// <summary>One page of the events the filter selects, in the log's order; called under the fleet's lock.</summary>
    internal List<SimAuditEvent> Page(AuditLogFilter filter)
    {
        CatchUp();
        var selected = _events.Where(filter.Selects);
        var ordered = _newestFirst
            ? selected.OrderByDescending(e => e.Time).ThenByDescending(e => e.CloudEventId, StringComparer.Ordinal)
            : selected.OrderBy(e => e.Time).ThenBy(e => e.CloudEventId, StringComparer.Ordinal);
        return [.. ordered.Skip(filter.Offset).Take(filter.Limit)];
    }

    // Called under the lock: records each recurring event whose time the clock has reached.
    private void CatchUp()
    {
        var now = _time.GetUtcNow();
        for (var i = 0; i < _recurring.Count; i++)
        {
            var (resourceId, action, origin, next, every) = _recurring[i];
            for (; next <= now; next += every)
            {
                Record(resourceId, action, origin, next);
            }

            _recurring[i] = (resourceId, action, origin, next, every);
        }
    }

    private T Read<T>(Func<T> read)
    {
        lock (_sync)
        {
            return read();
        }
    }

    private void Change(Action change)
    {
        lock (_sync)
        {
            change();
        }
    }
}
