using Polly.CircuitBreaker;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>
/// Follows one account's circuit breaker: records each state change for the poll snapshot, and logs once per outage,
/// not again at every failed trial call that reopens it from half-open, which at polling rates would be once per poll.
/// </summary>
internal sealed partial class BreakerWatch(ApiAccount account, ApiAttemptLog statistics, ILogger logger)
{
    private bool _open;

    public ValueTask OnOpened(OnCircuitOpenedArguments<HttpResponseMessage> args)
    {
        statistics.BreakerChanged(BreakerState.Open);
        if (!_open)
        {
            _open = true;
            LogCircuitOpened(account.GatewayList, args.BreakDuration.TotalSeconds);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Handles the breaker letting a trial call through.</summary>
    public ValueTask OnHalfOpened(OnCircuitHalfOpenedArguments args)
    {
        statistics.BreakerChanged(BreakerState.HalfOpen);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnClosed(OnCircuitClosedArguments<HttpResponseMessage> args)
    {
        statistics.BreakerChanged(BreakerState.Closed);
        if (_open)
        {
            _open = false;
            LogCircuitClosed(account.GatewayList);
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many calls for {List} failed: the circuit breaker in front of it is open, so API calls with the same credentials fail fast, with a trial call every {Seconds:F0}s")]
    private partial void LogCircuitOpened(string list, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calls for {List} succeed again: the circuit breaker in front of it is closed")]
    private partial void LogCircuitClosed(string list);
}
