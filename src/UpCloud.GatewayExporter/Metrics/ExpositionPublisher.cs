using Prometheus;
using UpCloud.GatewayExporter.Metrics.Resources;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Maps each completed poll into the registry and renders it once, so a scrape only copies bytes. OpenMetrics is
/// rendered from the first time a scraper asks for it, then with every poll.
/// </summary>
internal sealed class ExpositionPublisher(CollectorRegistry registry) : IDisposable
{
    private readonly SemaphoreSlim _registryLock = new(1, 1);
    private volatile RenderedExposition? _text;
    private volatile RenderedExposition? _openMetrics;
    private volatile bool _openMetricsWanted;
    private volatile bool _polled;

    /// <summary>Whether a poll has completed, successful or not.</summary>
    public bool HasPolled => _polled;

    /// <summary>Renders the registry before the first poll, so /metrics answers from the start.</summary>
    public async Task RenderInitialAsync(CancellationToken cancellationToken)
    {
        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _text ??= await RenderAsync(ExpositionFormat.PrometheusText, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _registryLock.Release();
        }
    }

    /// <summary>Maps each account's snapshot with that account's mapper and renders them; scrapes keep the previous rendering until this one is whole.</summary>
    public async Task PublishAsync(IReadOnlyList<(SnapshotMapper Mapper, PollSnapshot Snapshot)> polls, CancellationToken cancellationToken)
    {
        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var (mapper, snapshot) in polls)
            {
                mapper.Apply(snapshot);
            }

            var text = await RenderAsync(ExpositionFormat.PrometheusText, cancellationToken).ConfigureAwait(false);
            var openMetrics = _openMetricsWanted ? await RenderAsync(ExpositionFormat.OpenMetricsText, cancellationToken).ConfigureAwait(false) : null;
            (_text, _openMetrics, _polled) = (text, openMetrics, true);
        }
        finally
        {
            _registryLock.Release();
        }

        // A poll's API models live as long as the poll, long enough to be promoted to gen2, and die with the rendering
        // it replaced: collecting them now, and returning the freed memory to the OS, keeps the process at its live size
        // between polls instead of letting gen2 grow by a poll's worth of garbage at a time.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Returns the current rendering in a format, or null before anything was rendered.</summary>
    public async ValueTask<RenderedExposition?> GetAsync(ExpositionFormat format, CancellationToken cancellationToken)
    {
        if (format == ExpositionFormat.PrometheusText || _text is null)
        {
            return _text;
        }

        if (_openMetrics is { } cached)
        {
            return cached;
        }

        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _openMetricsWanted = true;
            return _openMetrics ??= await RenderAsync(ExpositionFormat.OpenMetricsText, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _registryLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _registryLock.Dispose();

    private async Task<RenderedExposition> RenderAsync(ExpositionFormat format, CancellationToken cancellationToken)
    {
        // Fresh chunks each time: the previous rendering may still be on its way to a scraper.
        var rendering = new GzipRendering();
        await using (rendering.ConfigureAwait(false))
        {
            ResourceWriter.Write(rendering, format, ResourceTables.Of(registry).Accounts);
            await registry.CollectAndExportAsTextAsync(rendering, format, cancellationToken).ConfigureAwait(false);
        }

        return new RenderedExposition(rendering.Compressed, rendering.Length);
    }
}
