using Prometheus;
using UpCloud.GatewayExporter.Metrics.Resources;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Everything the exporter exposes: the fleet's resource series in tables each poll rebuilds, and the exporter's own
/// metrics in a prometheus-net registry. prometheus-net has no public way to add a collector that writes its own
/// samples, so the two are rendered one after the other, the resource families first, as their creation order was.
/// </summary>
internal sealed class ExporterRegistry
{
    /// <summary>The exporter's own metrics (polls, API calls, breaker, build).</summary>
    public CollectorRegistry Collectors { get; } = Prometheus.Metrics.NewCustomRegistry();

    /// <summary>The resource series of every account, in the order the accounts' families were created.</summary>
    public ResourceTables Resources { get; } = new();

    /// <summary>Writes the whole exposition in a format.</summary>
    public async Task WriteAsync(Stream destination, ExpositionFormat format, CancellationToken cancellationToken)
    {
        ResourceWriter.Write(destination, format, Resources.Accounts);
        await Collectors.CollectAndExportAsTextAsync(destination, format, cancellationToken).ConfigureAwait(false);
    }
}
