namespace UpCloud.GatewayExporter.Polling;

/// <summary>The immutable result of one poll, handed downstream whole so a scrape never sees half a poll.</summary>
/// <param name="StartedAt">When the poll started.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="ListError">Why the gateway list could not be read; null when it was.</param>
/// <param name="Gateways">The selected gateways, in list order; empty when the list failed.</param>
/// <param name="RejectedGateways">List entries dropped because they did not match the documented shape.</param>
internal sealed record PollSnapshot(
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    PollError? ListError,
    IReadOnlyList<GatewayObservation> Gateways,
    int RejectedGateways)
{
    /// <summary>A poll that could not read the gateway list, and so carries no gateways.</summary>
    public static PollSnapshot ListFailed(DateTimeOffset startedAt, TimeSpan duration, PollError error) => new(startedAt, duration, error, [], 0);

    /// <summary>Whether the gateway list was read.</summary>
    public bool ListSucceeded => ListError is null;

    /// <summary>Whether everything the poll asked for was read.</summary>
    public bool Complete => ListSucceeded && Gateways.All(g => g.MetricsError is null && g.ConnectionsError is null);
}
