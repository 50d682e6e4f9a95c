using Prometheus;
using UpCloud.GatewayExporter.Bytes;
using UpCloud.GatewayExporter.Metrics.Tables;

namespace UpCloud.GatewayExporter.Exposition;

/// <summary>
/// One poll's exposition, immutable: its series tables and the exporter's own metrics as they stood when it was
/// published. The Prometheus text is rendered at once; OpenMetrics on the first scrape that asks for it, from the same
/// inputs, so both formats show the same poll.
/// </summary>
internal sealed class PublishedExposition
{
    private readonly IReadOnlyList<SeriesTable> _tables;
    private readonly byte[] _openMetricsCollectors;
    private readonly Lazy<RenderedExposition> _openMetrics;

    /// <summary>Renders the text of <paramref name="tables"/> followed by <paramref name="textCollectors"/>, and keeps what OpenMetrics needs.</summary>
    public PublishedExposition(IReadOnlyList<SeriesTable> tables, byte[] textCollectors, byte[] openMetricsCollectors, bool polled)
    {
        (_tables, _openMetricsCollectors, Polled) = (tables, openMetricsCollectors, polled);
        Text = Render(ExpositionFormat.PrometheusText, textCollectors);
        _openMetrics = new Lazy<RenderedExposition>(() => Render(ExpositionFormat.OpenMetricsText, _openMetricsCollectors));
    }

    /// <summary>Whether a poll made it, rather than the start-up before any poll.</summary>
    public bool Polled { get; }

    /// <summary>The Prometheus text rendering.</summary>
    public RenderedExposition Text { get; }

    /// <summary>Whether a scrape has asked for OpenMetrics, so the next poll renders it at once too.</summary>
    public bool OpenMetricsWanted => _openMetrics.IsValueCreated;

    /// <summary>The rendering in <paramref name="format"/>.</summary>
    public RenderedExposition In(ExpositionFormat format) => format == ExpositionFormat.OpenMetricsText ? _openMetrics.Value : Text;

    private RenderedExposition Render(ExpositionFormat format, byte[] collectors)
    {
        // Fresh chunks each time: an earlier rendering may still be on its way to a scraper.
        var rendering = new GzipRendering();
        using (rendering)
        {
            ExpositionWriter.Write(rendering, format, _tables);
            rendering.Write(collectors);
        }

        return new RenderedExposition(rendering.Compressed, rendering.Length);
    }
}
