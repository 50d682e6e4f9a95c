namespace UpCloud.GatewayExporter.Bytes;

/// <summary>A read-only stream over the chunks of a <see cref="ChunkedBuffer"/>, for inflating a cached rendering without copying it.</summary>
/// <param name="segments">The chunks, in order.</param>
internal sealed class ChunkedBufferReader(IReadOnlyList<ReadOnlyMemory<byte>> segments) : Stream
{
    private int _segment;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        while (_segment < segments.Count)
        {
            var rest = segments[_segment].Span[_offset..];
            if (rest.IsEmpty)
            {
                (_segment, _offset) = (_segment + 1, 0);
                continue;
            }

            var count = Math.Min(rest.Length, buffer.Length);
            rest[..count].CopyTo(buffer);
            _offset += count;
            return count;
        }

        return 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
