using System.IO.Pipelines;
using System.Text;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// One rendering of the registry in one format, plain and gzip-compressed, served as it is to every scrape until the
/// next poll. Its chunks go back to the pool once the publisher has replaced it and the last scrape reading it is done.
/// </summary>
internal sealed class RenderedExposition
{
    private readonly ChunkedBuffer _plain;
    private readonly ChunkedBuffer _gzip;

    // One reference for the publisher while this is the current rendering, one for each scrape reading it.
    private int _references = 1;

    /// <summary>Takes ownership of the two buffers.</summary>
    public RenderedExposition(ChunkedBuffer plain, ChunkedBuffer gzip)
    {
        _plain = plain;
        _gzip = gzip;
    }

    /// <summary>The size of the exposition text in bytes.</summary>
    public long PlainLength => _plain.Length;

    /// <summary>The size of the gzip-compressed text in bytes.</summary>
    public long GzipLength => _gzip.Length;

    /// <summary>The chunks both renderings hold.</summary>
    public int ChunkCount => _plain.ChunkCount + _gzip.ChunkCount;

    /// <summary>Takes a reference for a reader; false when the rendering was already retired and its chunks reused.</summary>
    public bool TryAcquire()
    {
        var references = Volatile.Read(ref _references);
        while (references > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, references + 1, references);
            if (seen == references)
            {
                return true;
            }

            references = seen;
        }

        return false;
    }

    /// <summary>Drops a reference; the last one gives the chunks back to the pool.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            _plain.Dispose();
            _gzip.Dispose();
        }
    }

    /// <summary>Writes the plain or the gzip bytes to a response, chunk by chunk; the caller holds a reference.</summary>
    public Task WriteToAsync(PipeWriter destination, bool gzip, CancellationToken cancellationToken) =>
        (gzip ? _gzip : _plain).CopyToAsync(destination, cancellationToken);

    /// <summary>The exposition text as a string, for <c>--once</c>; the caller holds a reference.</summary>
    public string PlainText() => Encoding.UTF8.GetString(_plain.ToArray());
}
