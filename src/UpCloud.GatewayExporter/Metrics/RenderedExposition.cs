using System.IO.Pipelines;
using System.Text;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>One rendering of the registry in one format, plain and gzip-compressed, served as it is to every scrape until the next poll.</summary>
/// <param name="Plain">The exposition text, UTF-8.</param>
/// <param name="Gzip">The same text, gzip-compressed.</param>
internal sealed record RenderedExposition(ChunkedBuffer Plain, ChunkedBuffer Gzip)
{
    /// <summary>Writes the plain or the gzip bytes to a response, chunk by chunk.</summary>
    public Task WriteToAsync(PipeWriter destination, bool gzip, CancellationToken cancellationToken) =>
        (gzip ? Gzip : Plain).CopyToAsync(destination, cancellationToken);

    /// <summary>The exposition text as a string, for <c>--once</c>.</summary>
    public string PlainText() => Encoding.UTF8.GetString(Plain.ToArray());
}
