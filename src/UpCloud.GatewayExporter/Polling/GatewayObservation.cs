using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>What one poll learned about one gateway: its topology from the list and its metrics, or why either is missing.</summary>
/// <param name="Gateway">The gateway's list entry.</param>
/// <param name="Connections">Its connections with their tunnels, embedded or fetched by the fallback; empty when there are none or they could not be read.</param>
/// <param name="ConnectionsError">Why the fallback could not read the connections; null when they are complete.</param>
/// <param name="Metrics">Its metrics; null when the call failed.</param>
/// <param name="MetricsError">Why the metrics call failed; null when it succeeded.</param>
/// <param name="ObservedAt">When the metrics were read, for converting elapsed seconds into timestamps.</param>
internal sealed record GatewayObservation(
    Gateway Gateway,
    IReadOnlyList<GatewayConnection> Connections,
    PollError? ConnectionsError,
    GatewayMetrics? Metrics,
    PollError? MetricsError,
    DateTimeOffset ObservedAt)
{
    /// <summary>The gateway's UUID; observations exist only for entries that have one.</summary>
    public string Uuid => Gateway.Uuid!;
}
