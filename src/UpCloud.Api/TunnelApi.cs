using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>A connection's tunnels, the fallback for connections listed without them.</summary>
public sealed class TunnelApi
{
    private readonly UpCloudTransport _transport;

    internal TunnelApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads a connection's tunnels.</summary>
    /// <param name="gatewayUuid">The gateway's UUID.</param>
    /// <param name="connection">The connection's UUID or, for one created before mid-2024 that has none, its name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<Tunnel>> ListAsync(string gatewayUuid, string connection, CancellationToken cancellationToken = default) =>
        [.. (await _transport.GetAsync(UpCloudRoutes.Tunnels, UpCloudPaths.Tunnels(gatewayUuid, connection), string.Empty,
            _transport.Options.Limits.Tunnels, UpCloudJsonContext.Default.IReadOnlyListTunnel, cancellationToken).ConfigureAwait(false)).Where(item => item is not null)];
}
