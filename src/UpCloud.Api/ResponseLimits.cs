namespace UpCloud.Api;

/// <summary>
/// How much the client reads of each endpoint's answers, so a hostile or broken API costs bounded memory. Each figure
/// is what the simulator serves at a realistic upper bound, with a generous margin: every gateway at its plan's
/// maximum of 10 VPN tunnels (5 connections × 2 tunnels, or 10 × 1), 2 NAT nodes, routes, labels, SAs and timestamps.
/// There a list page of 100 gateways measures at most 1.35 MB holding 19,001 objects and arrays and 71,751 values (one
/// gateway's entry at most 210 and 819), one gateway's <c>/metrics</c> 15 KB holding 81 and 646, one gateway's
/// connections 14 KB holding 201 and 791, and the plans list 0.8 KB holding 9 and 39. The budgets also admit the
/// simulator's flood of 16 unknown nested fields in every object (4 times the structure) at that upper bound, for
/// fields the API adds over the years. Every object or array can become an object of about 200 bytes in memory, so a
/// list page, read one at a time, costs at most about 25 MB, and any other answer, of which 8 are in flight, 1.5 MB;
/// the audit log's page skips the states and keeps a few hundred bytes per event.
/// An endpoint added later gets its own figures here, measured the same way.
/// </summary>
public sealed record ResponseLimits
{
    /// <summary>The structure one gateway's worth of JSON may hold: 5,000 objects and arrays, 20,000 values, about 25 times the most measured.</summary>
    public static readonly JsonBudget OneGateway = new(MaxContainers: 5_000, MaxValues: 20_000);

    /// <summary>The limits the exporter runs with.</summary>
    public static ResponseLimits Default { get; } = new();

    /// <summary>A page of the gateway list, 100 gateways: 4 MiB (3 times the most measured), 100,000 objects and arrays and 400,000 values (5 times).</summary>
    public BodyLimit GatewayListPage { get; init; } = new(4 * 1024 * 1024, new JsonBudget(MaxContainers: 100_000, MaxValues: 400_000));

    /// <summary>One entry of a list page; an entry over it is rejected alone, as an entry that does not parse is.</summary>
    public JsonBudget GatewayListEntry { get; init; } = OneGateway;

    /// <summary>One gateway's <c>/metrics</c>: 256 KiB (17 times the most measured).</summary>
    public BodyLimit GatewayMetrics { get; init; } = new(256 * 1024, OneGateway);

    /// <summary>One gateway's connections with their tunnels, the fallback for a list entry without them: 256 KiB.</summary>
    public BodyLimit Connections { get; init; } = new(256 * 1024, OneGateway);

    /// <summary>One connection's tunnels, the fallback for a connection listed without them: 256 KiB.</summary>
    public BodyLimit Tunnels { get; init; } = new(256 * 1024, OneGateway);

    /// <summary>
    /// A page of the audit log, 100 events: each may carry the gateway before and after the change, at most one list
    /// entry's size twice (2 × 14 KB, 2 × 210 objects and arrays, 2 × 819 values by the figures above), so about 3 MB.
    /// Derived, not measured: the simulator's events carry smaller states. 8 MiB (about 3 times),
    /// 200,000 objects and arrays and 800,000 values (about 5 times). Those states are skipped, not kept, so an event
    /// costs a few hundred bytes in memory.
    /// </summary>
    public BodyLimit AuditLogPage { get; init; } = new(8 * 1024 * 1024, new JsonBudget(MaxContainers: 200_000, MaxValues: 800_000));

    /// <summary>The plans list: 64 KiB, room for 300 plans of today's size.</summary>
    public BodyLimit Plans { get; init; } = new(64 * 1024, OneGateway);

    /// <summary>
    /// The bytes read of an error answer's body: its code, title and correlation id fill a few hundred bytes; the rest
    /// of a longer body is never read, and a body cut there that is no longer whole JSON leaves the HTTP reason phrase.
    /// </summary>
    public int ErrorBodyBytes { get; init; } = 8 * 1024;
}
