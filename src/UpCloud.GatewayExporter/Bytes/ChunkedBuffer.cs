using System.IO.Pipelines;

namespace UpCloud.GatewayExporter.Bytes;

/// <summary>
/// A write-only stream that appends to fixed-size chunks instead of one growing array: no write copies what is already
/// written, and the chunks stay below the large-object threshold, so a render leaves no large-object garbage.
/// </summary>
internal sealed class ChunkedBuffer : WriteOnlyStream
{
    /// <summary>The size of every chunk: 64 KiB, under the 85,000-byte large-object threshold.</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override long Length => _length;

    /// <summary>The written bytes, chunk by chunk.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments()
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            yield return _chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _used : ChunkSize);
        }
    }

    /// <summary>Writes the content to a pipe, flushing after each chunk so a slow reader holds back the writer instead of a copy of the whole body.</summary>
    public async Task CopyToAsync(PipeWriter destination, CancellationToken cancellationToken)
    {
        foreach (var segment in Segments())
        {
            var flushed = await destination.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            if (flushed.IsCanceled || flushed.IsCompleted)
            {
                return;
            }
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize));
                _used = 0;
            }

            var count = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..count].CopyTo(_chunks[^1].AsSpan(_used));
            _used += count;
            _length += count;
            buffer = buffer[count..];
        }
    }
}
