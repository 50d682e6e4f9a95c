using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>A gateway's metrics endpoint: NAT counters per node and IPsec SAs.</summary>
public sealed class GatewayMetricsApi
{
    private readonly UpCloudTransport _transport;

    internal GatewayMetricsApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads a gateway's metrics.</summary>
    /// <param name="gatewayUuid">The gateway's UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<GatewayMetrics> GetAsync(string gatewayUuid, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UpCloudRoutes.Metrics, UpCloudPaths.Metrics(gatewayUuid), string.Empty,
            _transport.Options.Limits.GatewayMetrics, UpCloudJsonContext.Default.GatewayMetrics, cancellationToken);
}
