using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>A gateway's connection endpoints, the fallback for list entries that lack embedded connections.</summary>
public sealed class ConnectionApi
{
    private readonly UpCloudTransport _transport;

    internal ConnectionApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads a gateway's connections, each with its tunnels.</summary>
    /// <param name="gatewayUuid">The gateway's UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<GatewayConnection>> ListAsync(string gatewayUuid, CancellationToken cancellationToken = default) =>
        [.. (await _transport.GetAsync(UpCloudRoutes.Connections, UpCloudPaths.Connections(gatewayUuid), string.Empty,
            _transport.Options.Limits.Connections, UpCloudJsonContext.Default.IReadOnlyListGatewayConnection, cancellationToken).ConfigureAwait(false)).Where(item => item is not null)];
}
