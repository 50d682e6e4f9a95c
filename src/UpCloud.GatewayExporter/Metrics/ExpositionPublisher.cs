using System.IO.Compression;
using Prometheus;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Maps each completed poll into the registry and renders it once, so a scrape only copies bytes. OpenMetrics is
/// rendered from the first time a scraper asks for it, then with every poll.
/// </summary>
internal sealed class ExpositionPublisher(CollectorRegistry registry, SnapshotMapper mapper) : IDisposable
{
    private readonly SemaphoreSlim _registryLock = new(1, 1);

    // Reused across renders under the registry lock, so a render grows no buffer it has grown before.
    private readonly MemoryStream _plainScratch = new();
    private readonly MemoryStream _gzipScratch = new();
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

    /// <summary>Maps a snapshot and renders it; scrapes keep the previous rendering until this one is whole.</summary>
    public async Task PublishAsync(PollSnapshot snapshot, CancellationToken cancellationToken)
    {
        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            mapper.Apply(snapshot);
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
    public void Dispose()
    {
        _registryLock.Dispose();
        _plainScratch.Dispose();
        _gzipScratch.Dispose();
    }

    private async Task<RenderedExposition> RenderAsync(ExpositionFormat format, CancellationToken cancellationToken)
    {
        _plainScratch.SetLength(0);
        await registry.CollectAndExportAsTextAsync(_plainScratch, format, cancellationToken).ConfigureAwait(false);
        _gzipScratch.SetLength(0);
        await using (var gzip = new GZipStream(_gzipScratch, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(_plainScratch.GetBuffer().AsMemory(0, (int)_plainScratch.Length), cancellationToken).ConfigureAwait(false);
        }

        return new RenderedExposition(_plainScratch.ToArray(), _gzipScratch.ToArray());
    }
}
