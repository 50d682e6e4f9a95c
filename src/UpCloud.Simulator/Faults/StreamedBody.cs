using Microsoft.AspNetCore.Http;

namespace UpCloud.Simulator.Faults;

/// <summary>A body written from runs of repeated bytes, so a fault can send tens of MiB without ever holding them.</summary>
/// <param name="Status">The status code.</param>
/// <param name="ContentType">The content type.</param>
/// <param name="Runs">The body: each unit written so many times, in order.</param>
internal sealed record StreamedBody(int Status, string ContentType, IReadOnlyList<(byte[] Unit, long Times)> Runs)
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The body's length in bytes.</summary>
    public long Length => Runs.Sum(run => run.Unit.Length * run.Times);

    /// <summary>Sends it, with a Content-Length when <paramref name="declareLength"/>, else chunked.</summary>
    public async Task SendAsync(HttpResponse response, bool declareLength, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (declareLength)
        {
            response.ContentLength = Length;
        }

        foreach (var (unit, times) in Runs)
        {
            await WriteRunAsync(response.Body, unit, times, cancellationToken);
        }
    }

    private static async Task WriteRunAsync(Stream body, byte[] unit, long times, CancellationToken cancellationToken)
    {
        if (unit.Length == 0 || times <= 0)
        {
            return;
        }

        // A short unit is written a chunk of copies at a time, so a 30 MiB run of '[' is 480 writes, not 30 million.
        var perChunk = Math.Max(1, ChunkBytes / unit.Length);
        var chunk = new byte[unit.Length * (int)Math.Min(perChunk, times)];
        for (var offset = 0; offset < chunk.Length; offset += unit.Length)
        {
            unit.CopyTo(chunk, offset);
        }

        for (var written = 0L; written < times;)
        {
            var copies = (int)Math.Min(chunk.Length / unit.Length, times - written);
            await body.WriteAsync(chunk.AsMemory(0, copies * unit.Length), cancellationToken);
            written += copies;
        }
    }
}
