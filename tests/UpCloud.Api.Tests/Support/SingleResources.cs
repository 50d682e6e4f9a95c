using UpCloud.Api.Json;
using UpCloud.Api.Models;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Api.Tests.Support;

/// <summary>
/// Reads the endpoints the exporter never calls (one gateway, one connection, one tunnel) through a transport like the
/// client's, so the tests still check the parsing of every documented shape, including the API's single-resource
/// answers. Each is held to the limit of one gateway's connections, the most JSON any of them holds.
/// </summary>
internal sealed class SingleResources(UpCloudTransport transport)
{
    public Task<Gateway> GetGatewayAsync(string uuid) =>
        transport.GetAsync(RouteTemplates.Gateway, UpCloudPaths.Gateway(uuid), string.Empty, transport.Options.Limits.Connections, UpCloudJsonContext.Default.Gateway, CancellationToken.None);

    public Task<GatewayConnection> GetConnectionAsync(string gatewayUuid, string connection) =>
        transport.GetAsync(RouteTemplates.Connection, UpCloudPaths.Connection(gatewayUuid, connection), string.Empty, transport.Options.Limits.Connections, UpCloudJsonContext.Default.GatewayConnection, CancellationToken.None);

    public Task<Tunnel> GetTunnelAsync(string gatewayUuid, string connection, string tunnel) =>
        transport.GetAsync(RouteTemplates.Tunnel, $"{UpCloudPaths.Tunnels(gatewayUuid, connection)}/{Uri.EscapeDataString(tunnel)}", string.Empty,
            transport.Options.Limits.Connections, UpCloudJsonContext.Default.Tunnel, CancellationToken.None);
}
