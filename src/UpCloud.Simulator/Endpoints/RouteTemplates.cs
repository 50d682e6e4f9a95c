namespace UpCloud.Simulator.Endpoints;

/// <summary>The route templates the simulator serves; the request log and fault rules key on these exact strings.</summary>
public static class RouteTemplates
{
    /// <summary>The gateway list.</summary>
    public const string Gateways = "/1.3/gateway";

    /// <summary>The gateway plans; a literal segment, so routing prefers it to a gateway whose UUID were <c>plans</c>.</summary>
    public const string Plans = "/1.3/gateway/plans";

    /// <summary>One gateway.</summary>
    public const string Gateway = "/1.3/gateway/{uuid}";

    /// <summary>A gateway's connections.</summary>
    public const string Connections = "/1.3/gateway/{uuid}/connections";

    /// <summary>One connection.</summary>
    public const string Connection = "/1.3/gateway/{uuid}/connections/{connection_uuid}";

    /// <summary>A connection's tunnels.</summary>
    public const string Tunnels = "/1.3/gateway/{uuid}/connections/{connection_uuid}/tunnels";

    /// <summary>One tunnel.</summary>
    public const string Tunnel = "/1.3/gateway/{uuid}/connections/{connection_uuid}/tunnels/{tunnel_uuid}";

    /// <summary>A gateway's metrics.</summary>
    public const string Metrics = "/1.3/gateway/{uuid}/metrics";

    /// <summary>The account's audit log.</summary>
    public const string AuditLogs = "/1.3/audit-logs";
}
