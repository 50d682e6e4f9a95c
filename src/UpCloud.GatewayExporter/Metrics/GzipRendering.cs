using System.IO.Compression;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// A write-only stream that gzip-compresses what is written straight into chunks and counts the uncompressed bytes, so
/// a rendering never holds its plain text whole, not even while it is being made.
/// </summary>
internal sealed class GzipRendering : Stream
{
    private readonly GZipStream _compressor;
    private long _plainLength;

    /// <summary>Starts an empty rendering.</summary>
    public GzipRendering() => _compressor = new GZipStream(Compressed, CompressionLevel.Optimal, leaveOpen: true);

    /// <summary>The compressed bytes; whole once this stream is disposed.</summary>
    public ChunkedBuffer Compressed { get; } = new();

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <summary>The uncompressed bytes written so far.</summary>
    public override long Length => _plainLength;

    /// <inheritdoc />
    public override long Position
    {
        get => _plainLength;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _compressor.Write(buffer);
        _plainLength += buffer.Length;
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _compressor.Dispose();
        }

        base.Dispose(disposing);
    }
}
