using System.IO.Compression;

namespace UpCloud.GatewayExporter.Bytes;

/// <summary>
/// A write-only stream that gzip-compresses what is written straight into chunks and counts the uncompressed bytes, so
/// a rendering never holds its plain text whole, not even while it is being made.
/// </summary>
internal sealed class GzipRendering : WriteOnlyStream
{
    private readonly GZipStream _compressor;
    private long _plainLength;

    public GzipRendering() => _compressor = new GZipStream(Compressed, CompressionLevel.Optimal, leaveOpen: true);

    /// <summary>The compressed bytes; whole once this stream is disposed.</summary>
    public ChunkedBuffer Compressed { get; } = new();

    /// <summary>The uncompressed bytes written so far.</summary>
    public override long Length => _plainLength;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _compressor.Write(buffer);
        _plainLength += buffer.Length;
    }


    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _compressor.Dispose();
        }

        base.Dispose(disposing);
    }
}
