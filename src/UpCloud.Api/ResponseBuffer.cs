namespace UpCloud.Api;

/// <summary>Reads a response body whole, up to a cap, failing the moment a read passes it, so nothing beyond the cap is ever held.</summary>
internal static class ResponseBuffer
{
    private const int FirstSize = 16 * 1024;

    /// <summary>The body's bytes; a body of <paramref name="declared"/> length gets a buffer of that size at once, any other one grows by doubling.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream body, long? declared, int cap, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(cap, declared ?? FirstSize)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length == cap)
                {
                    // Full at the cap: one more byte means the body is over it.
                    return await body.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) == 0
                        ? buffer
                        : throw new ResponseTooLargeException($"the response body exceeded the {cap}-byte cap");
                }

                Array.Resize(ref buffer, (int)Math.Min(cap, Math.Max(FirstSize, buffer.Length * 2L)));
            }

            var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, filled);
            }

            filled += read;
        }
    }
}
