namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>
/// Collects what one account's API client does (each HTTP attempt, each change of its circuit breaker) until the poller
/// takes it into the poll's snapshot, so the HTTP layer records facts and only the metrics mapper turns them into series.
/// Thread-safe: the attempts of one poll run concurrently.
/// </summary>
internal sealed class ApiAttemptLog
{
    private readonly Lock _sync = new();
    private Dictionary<(string Endpoint, string Code), long> _attempts = [];
    private List<(string Endpoint, double Seconds)> _durations = [];
    private volatile int _breaker;

    public void Attempted(string endpoint, string code, TimeSpan duration)
    {
        lock (_sync)
        {
            _attempts[(endpoint, code)] = _attempts.GetValueOrDefault((endpoint, code)) + 1;
            _durations.Add((endpoint, duration.TotalSeconds));
        }
    }

    public void BreakerChanged(BreakerState state) => _breaker = (int)state;

    /// <summary>Returns everything recorded since the previous call and starts afresh; the breaker's state carries over.</summary>
    public ApiAttemptReport Take()
    {
        lock (_sync)
        {
            var report = new ApiAttemptReport(_attempts, _durations, (BreakerState)_breaker);
            (_attempts, _durations) = ([], []);
            return report;
        }
    }
}
