namespace UpCloud.Api;

/// <summary>Route templates of the UpCloud API 1.3 endpoints the exporter reads, used to label requests without per-resource cardinality.</summary>
public static class UpCloudRoutes
{
    /// <summary>The paginated gateway list.</summary>
    public const string Gateways = "/1.3/gateway";

    /// <summary>The gateway plans.</summary>
    public const string Plans = "/1.3/gateway/plans";

    /// <summary>A gateway's connections.</summary>
    public const string Connections = "/1.3/gateway/{uuid}/connections";

    /// <summary>A connection's tunnels.</summary>
    public const string Tunnels = "/1.3/gateway/{uuid}/connections/{connection_uuid}/tunnels";

    /// <summary>A gateway's NAT and IPsec metrics.</summary>
    public const string Metrics = "/1.3/gateway/{uuid}/metrics";

    /// <summary>The account's audit log.</summary>
    public const string AuditLogs = "/1.3/audit-logs";
}
