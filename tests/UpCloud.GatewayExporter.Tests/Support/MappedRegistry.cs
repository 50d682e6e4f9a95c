using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// A registry of its own with a mapper per account, created on the account's first snapshot, whose last tables are
/// rendered as the exporter renders them after each snapshot.
/// </summary>
internal sealed class MappedRegistry(ILogger<SnapshotMapper>? logger = null)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly CollectorRegistry _collectors = Prometheus.Metrics.NewCustomRegistry();
    private readonly List<SnapshotMapper> _mappers = [];
    private readonly Dictionary<SnapshotMapper, SeriesTable> _tables = [];

    /// <summary>The unnamed account's exporter metrics.</summary>
    public ExporterFamilies Exporter => MapperOf(null).Exporter;

    /// <summary>Maps a snapshot of the unnamed account and renders every account's last table.</summary>
    public ExpositionText Apply(PollSnapshot snapshot) => Apply(null, snapshot);

    /// <summary>Maps a snapshot of the named account, as the exporter has one mapper per account, and renders every account's last table.</summary>
    public ExpositionText Apply(string? account, PollSnapshot snapshot)
    {
        var mapper = MapperOf(account);
        _tables[mapper] = mapper.Map(snapshot);
        return Render();
    }

    public ExpositionText Render() => ExpositionText.Parse(RenderText());

    /// <summary>The exposition as the exporter would serve it, for checks of the raw text.</summary>
    public string RenderText()
    {
        using var text = new MemoryStream();
        _collectors.CollectAndExportAsTextAsync(text, ExpositionFormat.PrometheusText).GetAwaiter().GetResult();
        return new PublishedExposition([.. _mappers.Where(_tables.ContainsKey).Select(mapper => _tables[mapper])], text.ToArray(), [], polled: true).Text.PlainText();
    }

    private SnapshotMapper MapperOf(string? account)
    {
        if (_mappers.Find(mapper => mapper.Account == account) is { } known)
        {
            return known;
        }

        var mapper = new SnapshotMapper(account, new ExporterFamilies(_collectors, account, "1.2.3-test", Interval), logger ?? NullLogger<SnapshotMapper>.Instance);
        _mappers.Add(mapper);
        return mapper;
    }
}
