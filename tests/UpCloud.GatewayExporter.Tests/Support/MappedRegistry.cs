using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>A registry of its own with the exporter's families and mapper, rendered after each snapshot.</summary>
internal sealed class MappedRegistry
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly ExporterRegistry _registry = new();

    public MappedRegistry(ILogger<SnapshotMapper>? logger = null)
    {
        Families = new MetricFamilies(_registry, "1.2.3-test", Interval);
        Mapper = new SnapshotMapper(Families, logger ?? NullLogger<SnapshotMapper>.Instance);
    }

    public MetricFamilies Families { get; }

    public SnapshotMapper Mapper { get; }

    /// <summary>A mapper of the named account's families on this same registry, as the exporter builds one per account.</summary>
    public SnapshotMapper AccountMapper(string account) =>
        new(new MetricFamilies(_registry, "1.2.3-test", Interval, account), NullLogger<SnapshotMapper>.Instance);

    public ExpositionText Apply(PollSnapshot snapshot)
    {
        Mapper.Apply(snapshot);
        return Render();
    }

    public ExpositionText Render() => ExpositionText.Parse(RenderText());

    /// <summary>The exposition as the exporter would serve it, for checks of the raw text.</summary>
    public string RenderText()
    {
        using var stream = new MemoryStream();
        _registry.WriteAsync(stream, ExpositionFormat.PrometheusText, CancellationToken.None).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
