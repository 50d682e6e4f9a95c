namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>
/// Resilience timings derived from the poll interval, because the standard handler's defaults are tuned for request
/// traffic: its breaker needs 100 calls in 30 s, which a poller never makes, and it trusts Retry-After without a cap.
/// </summary>
/// <param name="AttemptTimeout">
/// One HTTP attempt: a third of the interval, from 3 s to 10 s. Below 3 s a remote API's ordinary slow moment, or a
/// loaded machine, would read as an outage; at the short intervals where that floor applies, a late poll just delays the next.
/// </param>
/// <param name="TotalTimeout">One call with its retries: 80 % of the interval, so one call cannot hold up a poll past it, but at least one and a half attempts and at most 45 s.</param>
/// <param name="MaxRetryAfter">The longest Retry-After that is honoured, a quarter of the total timeout from 1 s to 10 s; longer ones are cut to it.</param>
/// <param name="BreakerSampling">The window the breaker counts failures over: two intervals, at least two attempts, at most 5 minutes.</param>
/// <param name="BreakDuration">How long the breaker stays open before it lets a trial call through: one interval, from 1 s to 30 s.</param>
internal sealed record ApiResiliencePolicy(TimeSpan AttemptTimeout, TimeSpan TotalTimeout, TimeSpan MaxRetryAfter, TimeSpan BreakerSampling, TimeSpan BreakDuration)
{
    /// <summary>Retries after the first attempt, on 408, 429, 5xx and connection errors only.</summary>
    public const int MaxRetries = 3;

    /// <summary>The share of failed gateway-list attempts in the window that opens the breaker; other routes never open it.</summary>
    public const double FailureRatio = 0.5;

    /// <summary>The fewest gateway-list attempts in the window before the breaker may open.</summary>
    public const int MinimumThroughput = 6;

    public static ApiResiliencePolicy For(TimeSpan pollInterval)
    {
        var attempt = Clamp(pollInterval / 3, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10));
        var total = Clamp(pollInterval * 0.8, attempt * 1.5, TimeSpan.FromSeconds(45));
        var sampling = Clamp(pollInterval * 2, attempt * 2, TimeSpan.FromMinutes(5));
        var breakDuration = Clamp(pollInterval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        return new ApiResiliencePolicy(attempt, total, Clamp(total / 4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)), sampling, breakDuration);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
