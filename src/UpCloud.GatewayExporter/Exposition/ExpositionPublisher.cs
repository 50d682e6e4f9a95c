using Prometheus;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Exposition;

/// <summary>
/// Takes each poll from the poller: every account's mapper turns its snapshot into a table, the tables and the
/// exporter's own metrics become one <see cref="PublishedExposition"/>, and the cache swaps it in.
/// </summary>
/// <param name="mappers">One mapper per configured account.</param>
/// <param name="collectors">The registry of the exporter's own metrics, which the mappers count in.</param>
/// <param name="cache">Where scrapes find the exposition.</param>
internal sealed class ExpositionPublisher(IReadOnlyList<SnapshotMapper> mappers, CollectorRegistry collectors, ExpositionCache cache) : IPollSink
{
    private PublishedExposition? _last;

    /// <summary>Publishes the exposition before the first poll, so /metrics answers from the start.</summary>
    public Task PublishInitialAsync(CancellationToken cancellationToken) => PublishAsync([], polled: false, cancellationToken);

    public async Task PublishAsync(IReadOnlyList<PollSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await PublishAsync([.. snapshots.Select(snapshot => mappers.Single(mapper => mapper.Account == snapshot.Account).Map(snapshot))], polled: true, cancellationToken)
            .ConfigureAwait(false);

        // A poll's API models live as long as the poll, long enough to be promoted to gen2, and die with the exposition
        // it replaced: collecting them now, and returning the freed memory to the OS, keeps the process at its live size
        // between polls instead of letting gen2 grow by a poll's worth of garbage at a time.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private async Task PublishAsync(IReadOnlyList<SeriesTable> tables, bool polled, CancellationToken cancellationToken)
    {
        var exposition = new PublishedExposition(
            tables,
            await CollectAsync(ExpositionFormat.PrometheusText, cancellationToken).ConfigureAwait(false),
            await CollectAsync(ExpositionFormat.OpenMetricsText, cancellationToken).ConfigureAwait(false),
            polled);

        // Once a scraper has asked for OpenMetrics it keeps asking, so its first scrape after this poll need not wait.
        if (_last?.OpenMetricsWanted == true)
        {
            exposition.In(ExpositionFormat.OpenMetricsText);
        }

        cache.Publish(exposition);
        _last = exposition;
    }

    private async Task<byte[]> CollectAsync(ExpositionFormat format, CancellationToken cancellationToken)
    {
        using var rendered = new MemoryStream();
        await collectors.CollectAndExportAsTextAsync(rendered, format, cancellationToken).ConfigureAwait(false);
        return rendered.ToArray();
    }
}
