using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UpCloud.GatewayExporter.Metrics;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Polls the API on its own interval rather than at scrape time, because the API is remote, slow and shared: scrapes
/// from every Prometheus replica would otherwise multiply its load. Polls never overlap; a late one delays the next.
/// </summary>
internal sealed partial class Poller(
    FleetReader reader,
    ExpositionPublisher publisher,
    PollFailureLog failures,
    TimeSpan interval,
    TimeProvider time,
    ILogger<Poller> logger) : BackgroundService
{
    private bool _slow;

    /// <summary>Polls once and publishes the result; only cancellation throws.</summary>
    public async Task<PollSnapshot> PollOnceAsync(CancellationToken cancellationToken)
    {
        var snapshot = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        failures.Report(snapshot);
        if (snapshot.Duration > interval != _slow)
        {
            _slow = !_slow;
            if (_slow)
            {
                LogSlowPoll(snapshot.Duration.TotalSeconds, interval.TotalSeconds);
            }
        }

        await publisher.PublishAsync(snapshot, cancellationToken).ConfigureAwait(false);
        return snapshot;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollCrashed(ex.GetType().Name, ex.Message);
                var error = new PollError($"the poll failed unexpectedly: {ex.GetType().Name}", "crash");
                await publisher.PublishAsync(new PollSnapshot(time.GetUtcNow(), TimeSpan.Zero, error, [], 0), stoppingToken).ConfigureAwait(false);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A poll took {Seconds:F1}s, longer than the {Interval:F1}s poll interval; the next poll starts late rather than overlapping")]
    private partial void LogSlowPoll(double seconds, double interval);

    [LoggerMessage(Level = LogLevel.Error, Message = "A poll failed unexpectedly ({Type}: {Error}); it counts as a failed poll and the next one runs on schedule")]
    private partial void LogPollCrashed(string type, string error);
}
