using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>The immutable result of one poll, handed downstream whole so a scrape never sees half a poll.</summary>
/// <param name="StartedAt">When the poll started.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="ListError">Why the gateway list could not be read; null when it was.</param>
/// <param name="Gateways">The selected gateways, in list order; empty when the list failed.</param>
/// <param name="Rejected">The selected list entries dropped because they did not match the documented shape.</param>
/// <param name="DuplicateUuids">UUIDs the list named more than once; only the first entry of each was read.</param>
internal sealed record PollSnapshot(
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    PollError? ListError,
    IReadOnlyList<GatewayObservation> Gateways,
    IReadOnlyList<RejectedGateway> Rejected,
    IReadOnlyList<string> DuplicateUuids)
{
    /// <summary>A poll that could not read the gateway list, and so carries no gateways.</summary>
    public static PollSnapshot ListFailed(DateTimeOffset startedAt, TimeSpan duration, PollError error) => new(startedAt, duration, error, [], [], []);

    /// <summary>The gateway plans by name, as last read; empty when they were never read. Default: none.</summary>
    public IReadOnlyDictionary<string, GatewayPlan> Plans { get; init; } = new Dictionary<string, GatewayPlan>();

    /// <summary>Why the plans could not be read anew; null when they were, or did not need to be. Default: null.</summary>
    public PollError? PlansError { get; init; }

    /// <summary>
    /// What the audit log has told of the gateways so far; null when it is turned off or was never read. Its failures do
    /// not make the poll incomplete: the audit log is an addition whose permission UpCloud does not document. Default: null.
    /// </summary>
    public AuditLogSummary? Audit { get; init; }

    /// <summary>The account it read, as its series' <c>account</c> label; null for the unnamed account. Default: null.</summary>
    public string? Account { get; init; }

    /// <summary>What the account's API client did during the poll. Default: no calls.</summary>
    public ApiAttemptReport ApiCalls { get; init; } = ApiAttemptReport.None;

    public bool ListSucceeded => ListError is null;

    /// <summary>Whether everything the poll asked for was read: the plans when due, the list, every selected entry in it, and every gateway's metrics.</summary>
    public bool Complete => PlansError is null && ListSucceeded && Rejected.Count == 0 && Gateways.All(g => g.MetricsError is null && g.ConnectionsError is null);
}
