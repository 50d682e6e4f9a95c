using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>The label sets that identify a simulated resource's series in the exposition.</summary>
internal static class SeriesOf
{
    public static (string Label, string Value)[] Gateway(SimGateway gateway) =>
        [("gateway_uuid", gateway.Uuid), ("gateway", gateway.Name)];

    public static (string Label, string Value)[] Node(SimGateway gateway, SimNatNode node) =>
        [.. Gateway(gateway), ("node", node.Name)];

    public static (string Label, string Value)[] Tunnel(SimGateway gateway, SimConnection connection, SimTunnel tunnel) =>
        [.. Gateway(gateway), ("connection", connection.Name), ("tunnel", tunnel.Name)];

    /// <summary>Every tunnel of a gateway with its connection.</summary>
    public static IEnumerable<(SimConnection Connection, SimTunnel Tunnel)> Tunnels(SimGateway gateway) =>
        gateway.Connections.SelectMany(connection => connection.Tunnels.Select(tunnel => (connection, tunnel)));
}
