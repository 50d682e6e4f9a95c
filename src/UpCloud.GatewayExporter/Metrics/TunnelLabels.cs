namespace UpCloud.GatewayExporter.Metrics;

/// <summary>The label values every series of one tunnel carries.</summary>
/// <param name="GatewayUuid">The gateway's UUID.</param>
/// <param name="Gateway">The gateway's name.</param>
/// <param name="Connection">The connection's name.</param>
/// <param name="Tunnel">The tunnel's name.</param>
internal readonly record struct TunnelLabels(string GatewayUuid, string Gateway, string Connection, string Tunnel)
{
    /// <summary>The values in label order.</summary>
    public string[] Values() => [GatewayUuid, Gateway, Connection, Tunnel];

    /// <summary>The values in label order followed by <paramref name="extra"/>.</summary>
    public string[] With(params string[] extra) => [GatewayUuid, Gateway, Connection, Tunnel, .. extra];
}
