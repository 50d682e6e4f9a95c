using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>The gateway plans: what each plan allows a gateway.</summary>
public sealed class PlanApi
{
    private readonly UpCloudTransport _transport;

    internal PlanApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads every plan; a plan's fields are read leniently, so a bad value costs only that value.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<GatewayPlan>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await _transport.GetAsync(UpCloudRoutes.Plans, UpCloudRoutes.Plans, string.Empty, _transport.Options.Limits.Plans, UpCloudJsonContext.Default.IReadOnlyListGatewayPlan, cancellationToken)
            .ConfigureAwait(false)).Where(plan => plan is not null)];
}
