using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Resources;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>A registry of its own with the exporter's families and mapper, rendered after each snapshot.</summary>
internal sealed class MappedRegistry
{
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();

    public MappedRegistry(ILogger<SnapshotMapper>? logger = null)
    {
        Families = new MetricFamilies(_registry, "1.2.3-test");
        Mapper = new SnapshotMapper(Families, logger ?? NullLogger<SnapshotMapper>.Instance);
    }

    public MetricFamilies Families { get; }

    public SnapshotMapper Mapper { get; }

    /// <summary>A mapper of the named account's families on this same registry, as the exporter builds one per account.</summary>
    public SnapshotMapper AccountMapper(string account) =>
        new(new MetricFamilies(_registry, "1.2.3-test", account), NullLogger<SnapshotMapper>.Instance);

    public ExpositionText Apply(PollSnapshot snapshot)
    {
        Mapper.Apply(snapshot);
        return Render();
    }

    public ExpositionText Render()
    {
        using var stream = new MemoryStream();
        ResourceWriter.Write(stream, ExpositionFormat.PrometheusText, ResourceTables.Of(_registry).Accounts);
        _registry.CollectAndExportAsTextAsync(stream).GetAwaiter().GetResult();
        return ExpositionText.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
