using UpCloud.Api;
using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// The gateway plans of one account's API, read at most once every <see cref="Refresh"/>: they change with UpCloud's
/// price list, not with the fleet, so one call an hour keeps them current. A failed read keeps the plans read before and
/// is tried again at the next poll. Not thread-safe: polls of one account never overlap.
/// </summary>
internal sealed class PlanCatalog(UpCloudClient client, TimeProvider time)
{
    /// <summary>How long a read of the plans is trusted.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    private IReadOnlyDictionary<string, GatewayPlan> _plans = new Dictionary<string, GatewayPlan>();
    private long? _readAt;

    /// <summary>The plans by name, read anew when the last read is older than <see cref="Refresh"/>; only cancellation throws.</summary>
    public async Task<(IReadOnlyDictionary<string, GatewayPlan> Plans, PollError? Error)> ReadAsync(CancellationToken cancellationToken)
    {
        if (_readAt is { } readAt && time.GetElapsedTime(readAt) < Refresh)
        {
            return (_plans, null);
        }

        try
        {
            var plans = await client.Plans.ListAsync(cancellationToken).ConfigureAwait(false);
            _plans = plans.Where(plan => !string.IsNullOrEmpty(plan.Name))
                .GroupBy(plan => plan.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
            _readAt = time.GetTimestamp();
            return (_plans, null);
        }
        catch (UpCloudApiException ex)
        {
            return (_plans, PollError.From(ex));
        }
    }
}
