using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>A connection's tunnel endpoints.</summary>
public sealed class TunnelApi
{
    private readonly UpCloudTransport _transport;

    internal TunnelApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads a connection's tunnels.</summary>
    /// <param name="gatewayUuid">The gateway's UUID.</param>
    /// <param name="connectionUuid">The connection's UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<Tunnel>> ListAsync(string gatewayUuid, string connectionUuid, CancellationToken cancellationToken = default) =>
        [.. (await _transport.GetAsync(UpCloudRoutes.Tunnels, UpCloudPaths.Tunnels(gatewayUuid, connectionUuid), string.Empty,
            UpCloudJsonContext.Default.IReadOnlyListTunnel, cancellationToken).ConfigureAwait(false)).Where(item => item is not null)];

    /// <summary>Reads one tunnel.</summary>
    /// <param name="gatewayUuid">The gateway's UUID.</param>
    /// <param name="connectionUuid">The connection's UUID.</param>
    /// <param name="tunnelUuid">The tunnel's UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Tunnel> GetAsync(string gatewayUuid, string connectionUuid, string tunnelUuid, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UpCloudRoutes.Tunnel, UpCloudPaths.Tunnel(gatewayUuid, connectionUuid, tunnelUuid), string.Empty,
            UpCloudJsonContext.Default.Tunnel, cancellationToken);
}
