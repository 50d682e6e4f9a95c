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

    // Renderings are written into pooled chunks and handed back when retired, so renders reuse the same memory.
    private readonly ChunkPool _chunks = new();
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
            var (oldText, oldOpenMetrics) = (_text, _openMetrics);
            (_text, _openMetrics, _polled) = (text, openMetrics, true);
            oldText?.Release();
            oldOpenMetrics?.Release();

            // Free chunks beyond what one more rendering of this size needs are left to the GC.
            _chunks.Trim(text.ChunkCount + (openMetrics?.ChunkCount ?? 0));
        }
        finally
        {
            _registryLock.Release();
        }
    }

    /// <summary>
    /// Returns the current rendering in a format with a reference the caller must <see cref="RenderedExposition.Release"/>,
    /// or null before anything was rendered.
    /// </summary>
    public async ValueTask<RenderedExposition?> AcquireAsync(ExpositionFormat format, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = format == ExpositionFormat.PrometheusText || _text is null ? _text : _openMetrics;
            if (current is null)
            {
                break;
            }

            // A rendering retired between the read and the acquire is gone: read the one that replaced it.
            if (current.TryAcquire())
            {
                return current;
            }
        }

        if (_text is null)
        {
            return null;
        }

        await _registryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _openMetricsWanted = true;
            var openMetrics = _openMetrics ??= await RenderAsync(ExpositionFormat.OpenMetricsText, cancellationToken).ConfigureAwait(false);

            // Under the lock nothing retires it, so the acquire cannot fail.
            openMetrics.TryAcquire();
            return openMetrics;
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
        var plain = new ChunkedBuffer(_chunks);
        var gzip = new ChunkedBuffer(_chunks);
        try
        {
            await registry.CollectAndExportAsTextAsync(plain, format, cancellationToken).ConfigureAwait(false);
            await using (var compressor = new GZipStream(gzip, CompressionLevel.Optimal, leaveOpen: true))
            {
                foreach (var segment in plain.Segments())
                {
                    await compressor.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
                }
            }

            return new RenderedExposition(plain, gzip);
        }
        catch
        {
            await plain.DisposeAsync().ConfigureAwait(false);
            await gzip.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
