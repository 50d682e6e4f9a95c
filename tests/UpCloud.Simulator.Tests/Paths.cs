using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests;

/// <summary>Request paths for the simulated fleet's resources.</summary>
public static class Paths
{
    public const string Plans = "1.3/gateway/plans";

    public const string AuditLogs = "1.3/audit-logs";

    public static string Gateway(SimGateway gateway) => $"1.3/gateway/{gateway.Uuid}";

    public static string Metrics(SimGateway gateway) => $"1.3/gateway/{gateway.Uuid}/metrics";

    public static string Connections(SimGateway gateway) => $"1.3/gateway/{gateway.Uuid}/connections";

    public static string Connection(SimGateway gateway, SimConnection connection) => $"{Connections(gateway)}/{connection.Uuid}";

    public static string Tunnels(SimGateway gateway, SimConnection connection) => $"{Connection(gateway, connection)}/tunnels";

    public static string Tunnel(SimGateway gateway, SimConnection connection, SimTunnel tunnel) => $"{Tunnels(gateway, connection)}/{tunnel.Uuid}";
}
