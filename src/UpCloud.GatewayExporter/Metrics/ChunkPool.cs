namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Fixed-size byte chunks for the rendered expositions, kept for reuse: each render takes the chunks a retired rendering
/// gave back, so a steady exporter allocates no exposition buffer after its first polls. Chunks stay below the
/// large-object threshold, so even the first renders leave no large-object garbage.
/// </summary>
internal sealed class ChunkPool
{
    /// <summary>The size of every chunk: 64 KiB, under the 85,000-byte large-object threshold.</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly Stack<byte[]> _free = new();

    /// <summary>How many chunks are waiting for reuse.</summary>
    public int FreeCount
    {
        get
        {
            lock (_free)
            {
                return _free.Count;
            }
        }
    }

    /// <summary>Takes a free chunk, or allocates one when none is free.</summary>
    public byte[] Rent()
    {
        lock (_free)
        {
            if (_free.TryPop(out var chunk))
            {
                return chunk;
            }
        }

        return GC.AllocateUninitializedArray<byte>(ChunkSize);
    }

    /// <summary>Gives chunks back for reuse.</summary>
    public void Return(List<byte[]> chunks)
    {
        lock (_free)
        {
            foreach (var chunk in chunks)
            {
                _free.Push(chunk);
            }
        }
    }

    /// <summary>Drops free chunks beyond <paramref name="keep"/>, so a fleet that shrank does not keep the buffers of a larger one.</summary>
    public void Trim(int keep)
    {
        lock (_free)
        {
            while (_free.Count > keep)
            {
                _free.Pop();
            }
        }
    }
}
