namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>What one account's API client did since the previous report: its HTTP attempts and its breaker's state now.</summary>
/// <param name="Attempts">HTTP attempts, retries included, by route template and status code (<c>error</c> when no response came).</param>
/// <param name="Durations">How long each attempt took, by route template, in the order they ended.</param>
/// <param name="Breaker">The circuit breaker's state at the time of the report.</param>
internal sealed record ApiAttemptReport(
    IReadOnlyDictionary<(string Endpoint, string Code), long> Attempts,
    IReadOnlyList<(string Endpoint, double Seconds)> Durations,
    BreakerState Breaker)
{
    /// <summary>A report of no calls with the breaker closed.</summary>
    public static ApiAttemptReport None { get; } = new(new Dictionary<(string, string), long>(), [], BreakerState.Closed);
}
