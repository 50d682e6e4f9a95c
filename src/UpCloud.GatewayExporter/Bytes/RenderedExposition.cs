using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;

namespace UpCloud.GatewayExporter.Bytes;

/// <summary>
/// One rendering of the registry in one format, served as it is to every scrape until the next poll. Only the gzip
/// bytes are kept: a plain scrape is inflated on its way out, so the process never holds the text itself, which is
/// about 13 times larger.
/// </summary>
/// <param name="Gzip">The exposition text, gzip-compressed.</param>
/// <param name="PlainLength">The length of the text itself.</param>
internal sealed record RenderedExposition(ChunkedBuffer Gzip, long PlainLength)
{
    // Flushing every 64 KiB lets a slow reader hold back the inflating instead of Kestrel buffering the whole body.
    private const int FlushEvery = ChunkedBuffer.ChunkSize;

    /// <summary>Writes the gzip bytes, or the text inflated from them, to a response.</summary>
    public async Task WriteToAsync(PipeWriter destination, bool gzip, CancellationToken cancellationToken)
    {
        if (gzip)
        {
            await Gzip.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var inflate = new GZipStream(new ChunkedBufferReader([.. Gzip.Segments()]), CompressionMode.Decompress);
        var unflushed = 0;
        while (true)
        {
            var read = await inflate.ReadAsync(destination.GetMemory(), cancellationToken).ConfigureAwait(false);
            destination.Advance(read);
            unflushed += read;
            if (read == 0 || unflushed >= FlushEvery)
            {
                var flushed = await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (read == 0 || flushed.IsCanceled || flushed.IsCompleted)
                {
                    return;
                }

                unflushed = 0;
            }
        }
    }

    /// <summary>The exposition text as a string, for <c>--once</c>.</summary>
    public string PlainText()
    {
        using var inflate = new GZipStream(new ChunkedBufferReader([.. Gzip.Segments()]), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
