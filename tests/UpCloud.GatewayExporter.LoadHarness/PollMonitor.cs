using System.Diagnostics;
using UpCloud.Simulator;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Follows the exporter's polls from outside: a poll starts when the simulator sees its first list request and ends
/// when a scrape serves a different exposition; the simulator's request log counts what happened in between.
/// </summary>
internal sealed class PollMonitor(UpCloudSimulator simulator, ExporterProcess exporter, Scraper scraper, int gateways, TimeSpan timeout)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan PublishProbe = TimeSpan.FromMilliseconds(10);

    private byte[] _published = [];
    private (long Lists, long Metrics, long Total) _atPublish;

    /// <summary>The gzip exposition of the last poll seen published.</summary>
    public byte[] Published => _published;

    /// <summary>Takes the exposition currently served as the baseline the next poll must change.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _atPublish = Counts();
        _published = await scraper.GzipAsync(cancellationToken);
    }

    /// <summary>Waits for the next poll to start and its exposition to be served.</summary>
    public async Task<PollRecord> NextAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var token = deadline.Token;

        // At rest the previous poll's counts hold; the first list request past them starts the next poll.
        var resting = _atPublish;
        var rssAtRest = ProcessStats.Of(exporter).Rss();
        long started;
        while (true)
        {
            var now = Counts();
            if (now.Lists > resting.Lists)
            {
                started = Stopwatch.GetTimestamp();
                break;
            }

            resting = now;
            rssAtRest = ProcessStats.Of(exporter).Rss();
            await Wait(Tick, token);
        }

        while (simulator.Requests.Count(RouteTemplates.Metrics) - resting.Metrics < gateways)
        {
            await Wait(Tick, token);
        }

        var lastRequest = Stopwatch.GetTimestamp();
        byte[] gzip;
        while ((gzip = await scraper.GzipAsync(token)).AsSpan().SequenceEqual(_published))
        {
            await Wait(PublishProbe, token);
        }

        var published = Stopwatch.GetTimestamp();
        var cpu = ProcessStats.Of(exporter).Cpu();
        var rssAtPublish = ProcessStats.Of(exporter).Rss();
        _atPublish = Counts();
        _published = gzip;
        return new PollRecord(
            started,
            lastRequest,
            published,
            _atPublish.Total - resting.Total,
            _atPublish.Lists - resting.Lists,
            _atPublish.Metrics - resting.Metrics,
            cpu,
            rssAtRest,
            rssAtPublish,
            ExpositionReading.FromGzip(gzip),
            gzip.Length);
    }

    private (long Lists, long Metrics, long Total) Counts()
    {
        // Total first: a request that lands between the reads then shows in the route counts, never only in the total.
        var total = simulator.Requests.Total;
        return (simulator.Requests.Count(RouteTemplates.Gateways), simulator.Requests.Count(RouteTemplates.Metrics), total);
    }

    private Task Wait(TimeSpan delay, CancellationToken token)
    {
        if (exporter.HasExited)
        {
            throw new InvalidOperationException($"the exporter exited during the run:\n{exporter.Output}");
        }

        return Task.Delay(delay, token);
    }
}
