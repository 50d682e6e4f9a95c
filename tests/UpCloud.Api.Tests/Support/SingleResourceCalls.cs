using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api.Tests.Support;

/// <summary>
/// Reads the endpoints the exporter never calls (one gateway, connection or tunnel; the whole list at once) through the
/// client's own transport, so the tests still check the client's parsing of every documented shape. Each is held to the
/// limit of one gateway's connections, the most JSON any of them holds.
/// </summary>
internal static class SingleResourceCalls
{
    public static Task<Gateway> GetGatewayAsync(this UpCloudClient client, string uuid) =>
        client.Transport.GetAsync(UpCloudRoutes.Gateway, UpCloudPaths.Gateway(uuid), string.Empty, client.Transport.Options.Limits.Connections, UpCloudJsonContext.Default.Gateway, CancellationToken.None);

    public static Task<GatewayConnection> GetConnectionAsync(this UpCloudClient client, string gatewayUuid, string connection) =>
        client.Transport.GetAsync(UpCloudRoutes.Connection, UpCloudPaths.Connection(gatewayUuid, connection), string.Empty, client.Transport.Options.Limits.Connections, UpCloudJsonContext.Default.GatewayConnection, CancellationToken.None);

    public static Task<Tunnel> GetTunnelAsync(this UpCloudClient client, string gatewayUuid, string connection, string tunnel) =>
        client.Transport.GetAsync(UpCloudRoutes.Tunnel, UpCloudPaths.Tunnel(gatewayUuid, connection, tunnel), string.Empty, client.Transport.Options.Limits.Connections, UpCloudJsonContext.Default.Tunnel, CancellationToken.None);

    /// <summary>Every page of the list, joined.</summary>
    public static async Task<GatewayList> ListAllGatewaysAsync(this UpCloudClient client, string? label = null, CancellationToken cancellationToken = default)
    {
        var (gateways, rejected) = (new List<Gateway>(), new List<RejectedGateway>());
        await foreach (var page in client.Gateways.ListPagesAsync(label, cancellationToken))
        {
            gateways.AddRange(page.Gateways);
            rejected.AddRange(page.Rejected);
        }

        return new GatewayList(gateways, rejected);
    }
}
