using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Builds API model objects and poll snapshots for mapping tests, with realistic defaults.</summary>
internal static class Fleet
{
    public static Gateway Gateway(string uuid, string name, params GatewayConnection[] connections) => new()
    {
        Uuid = uuid,
        Name = name,
        Zone = "de-fra1",
        Plan = "advanced",
        Features = ["vpn", "nat"],
        ConfiguredStatus = "started",
        OperationalState = "running",
        Addresses = [new GatewayAddress { Name = "public-ip-1", Address = "100.127.0.10" }],
        Connections = connections,
    };

    public static GatewayConnection Connection(string name, params Tunnel[] tunnels) => new()
    {
        Uuid = $"c-{name}",
        Name = name,
        Type = "ipsec",
        Tunnels = tunnels,
    };

    public static Tunnel Tunnel(string name, string? state = "established") => new()
    {
        Uuid = $"t-{name}",
        Name = name,
        OperationalState = state,
        LocalAddress = new TunnelLocalAddress { Name = "public-ip-1" },
        RemoteAddress = new TunnelRemoteAddress { Address = "203.0.113.20" },
    };

    public static NatNodeMetrics Node(string name, long active, long accepted, long rejected) => new()
    {
        Name = name,
        ActiveConnections = active,
        TotalAcceptedConnections = accepted,
        TotalRejectedSessions = rejected,
    };

    public static ChildSa Child(string uniqueId, long bytesIn, long bytesOut = 0, long packetsIn = 0, long packetsOut = 0) => new()
    {
        UniqueId = uniqueId,
        State = "installed",
        BytesIn = bytesIn,
        BytesOut = bytesOut,
        PacketsIn = packetsIn,
        PacketsOut = packetsOut,
    };

    public static IkeSa Sa(string name, long established, HeuristicState? heuristic, params ChildSa[] children) => new()
    {
        Name = name,
        UniqueId = "1",
        OperationalState = "established",
        InternalState = "established",
        Established = established,
        HeuristicState = heuristic,
        ChildSas = children,
    };

    public static HeuristicState Heuristic(bool up, bool healthy, long upEvents, long downEvents) => new()
    {
        TunnelUp = up,
        TunnelHealthy = healthy,
        UpEvents = upEvents,
        DownEvents = downEvents,
    };

    public static GatewayMetrics Readings(NatNodeMetrics[] nodes, params IkeSa[] sas) => new()
    {
        Nodes = nodes,
        Ipsec = new IpsecMetrics { IkeSas = sas },
    };

    public static GatewayObservation Observed(Gateway gateway, GatewayMetrics? metrics, DateTimeOffset? at = null) => new(
        gateway,
        gateway.Connections ?? [],
        null,
        metrics,
        metrics is null ? new PollError("GET /1.3/gateway/x/metrics failed: HTTP 500", "HttpStatus/500/") : null,
        at ?? TestClock.Start);

    public static PollSnapshot Snapshot(params GatewayObservation[] gateways) => Snapshot(TestClock.Start, gateways);

    public static PollSnapshot Snapshot(DateTimeOffset at, params GatewayObservation[] gateways) =>
        new(at, TimeSpan.FromMilliseconds(250), null, gateways, [], []);

    /// <summary>The snapshot with an audit log read in <paramref name="state"/> that told these gateways' summaries.</summary>
    public static PollSnapshot WithAudit(PollSnapshot snapshot, AuditLogState state, params (string Uuid, GatewayAudit Audit)[] gateways) =>
        snapshot with { Audit = new AuditLogSummary(state, gateways.ToDictionary(g => g.Uuid, g => g.Audit, StringComparer.OrdinalIgnoreCase)) };

    /// <summary>A gateway's audit summary: a maintenance and an update from the API at <see cref="TestClock.Start"/> minus the minutes given.</summary>
    public static GatewayAudit Audited(int maintenanceMinutesAgo, int updateMinutesAgo) => new(
        [("maintenance-start", "upcloud_internal", 1), ("update", "api", 2)],
        [("api", TestClock.Start.AddMinutes(-updateMinutesAgo))],
        TestClock.Start.AddMinutes(-maintenanceMinutesAgo));

    public static PollSnapshot FailedList(DateTimeOffset? at = null) =>
        PollSnapshot.ListFailed(at ?? TestClock.Start, TimeSpan.FromSeconds(1), new PollError("GET /1.3/gateway failed: HTTP 503", "HttpStatus/503/"));
}
