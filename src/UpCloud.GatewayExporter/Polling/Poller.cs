using System.Diagnostics.CodeAnalysis;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Polls the API on its own interval rather than at scrape time, because the API is remote, slow and shared: scrapes
/// from every Prometheus replica would otherwise multiply its load. Polls never overlap; a late one delays the next.
/// Every account is read at once, and their snapshots are published together, so a scrape shows one poll of them all.
/// </summary>
internal sealed partial class Poller(
    IReadOnlyList<AccountPoller> accounts,
    IPollSink sink,
    TimeSpan interval,
    TimeProvider time,
    ILogger<Poller> logger) : BackgroundService
{
    private bool _slow;
    private bool _polled;

    /// <summary>Polls every account once and hands the results to the sink, one snapshot per account in their order; only cancellation throws.</summary>
    public async Task<PollSnapshot[]> PollOnceAsync(CancellationToken cancellationToken)
    {
        var snapshots = await Task.WhenAll(accounts.Select(account => account.ReadAsync(cancellationToken))).ConfigureAwait(false);
        var duration = snapshots.Max(snapshot => snapshot.Duration);
        if (duration > interval != _slow)
        {
            _slow = !_slow;
            if (_slow)
            {
                LogSlowPoll(duration.TotalSeconds, interval.TotalSeconds);
            }
        }

        await sink.PublishAsync(snapshots, cancellationToken).ConfigureAwait(false);
        if (!_polled)
        {
            _polled = true;
            LogFirstPoll(snapshots, duration);
        }

        return snapshots;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OutOfMemoryException ex)
            {
                ExitOutOfMemory(ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollCrashed(ex.GetType().Name, ex.Message);
                var failed = PollSnapshot.ListFailed(time.GetUtcNow(), TimeSpan.Zero, PollError.Unexpected(ex));
                await sink.PublishAsync([.. accounts.Select(account => account.Stamp(failed))], stoppingToken).ConfigureAwait(false);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Ends the process, saying why, when a poll runs out of memory. The runtime caps its heap at 75 % of a container's
    /// memory limit, and at that cap its GC can end the process with SIGSEGV instead of failing an allocation
    /// (dotnet/runtime#129681, seen with .NET 10.0.12): an exit that names the cause beats a later crash that does not.
    /// </summary>
    [DoesNotReturn]
    private void ExitOutOfMemory(OutOfMemoryException ex)
    {
        var memory = GC.GetGCMemoryInfo();
        var message = $"Out of memory during a poll: the heap holds {memory.HeapSizeBytes / 1048576.0:F0} MiB and may not pass {memory.TotalAvailableMemoryBytes / 1048576.0:F0} MiB; exiting";
        LogOutOfMemory(message);
        Environment.FailFast(message, ex);
    }

    private void LogFirstPoll(PollSnapshot[] snapshots, TimeSpan duration)
    {
        var tunnels = snapshots.SelectMany(s => s.Gateways).SelectMany(g => g.Connections).SelectMany(c => c.Tunnels ?? []).ToList();
        var established = tunnels.Count(t => TunnelState.Fold(t.OperationalState) == TunnelState.Established);
        var requests = snapshots.Sum(s => s.ApiCalls.Attempts.Values.Sum());
        var unlisted = snapshots.Count(s => !s.ListSucceeded);
        LogFirstPoll(duration.TotalSeconds, snapshots.Sum(s => s.Gateways.Count), tunnels.Count, established, requests,
            unlisted == 0 ? string.Empty : $"; {unlisted} of {snapshots.Length} gateway lists could not be read");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First poll took {Seconds:F1}s: {Gateways} gateways, {Tunnels} tunnels, {Established} of them established, {Requests} API requests{Problems}")]
    private partial void LogFirstPoll(double seconds, int gateways, int tunnels, int established, long requests, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A poll took {Seconds:F1}s, longer than the {Interval:F1}s poll interval; the next poll starts late rather than overlapping")]
    private partial void LogSlowPoll(double seconds, double interval);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogOutOfMemory(string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "A poll failed unexpectedly ({Type}: {Error}); it counts as a failed poll and the next one runs on schedule")]
    private partial void LogPollCrashed(string type, string error);
}
