using Prometheus;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Renders the registry once per poll, plain and gzip, and serves those bytes to every scrape until the next poll.
/// OpenMetrics is rendered from the first time a scraper asks for it, then with every poll.
/// </summary>
internal sealed class ExpositionCache(ExporterRegistry registry) : IDisposable
{
    // Writes to the registry and renders of it take turns, so no rendering shows half a poll.
    private readonly SemaphoreSlim _registryLock = new(1, 1);
    private volatile RenderedExposition? _text;
    private volatile RenderedExposition? _openMetrics;
    private volatile bool _openMetricsWanted;
    private volatile bool _polled;

    /// <summary>Whether a poll has been rendered, successful or not.</summary>
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

    /// <summary>Runs a poll's writes to the registry, then renders it; scrapes keep the previous rendering until this one is whole.</summary>
    public async Task RefreshAsync(Action writeSeries, CancellationToken cancellationToken)
    {
        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            writeSeries();
            var text = await RenderAsync(ExpositionFormat.PrometheusText, cancellationToken).ConfigureAwait(false);
            var openMetrics = _openMetricsWanted ? await RenderAsync(ExpositionFormat.OpenMetricsText, cancellationToken).ConfigureAwait(false) : null;
            (_text, _openMetrics, _polled) = (text, openMetrics, true);
        }
        finally
        {
            _registryLock.Release();
        }
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
            await registry.WriteAsync(rendering, format, cancellationToken).ConfigureAwait(false);
        }

        return new RenderedExposition(rendering.Compressed, rendering.Length);
    }
}
