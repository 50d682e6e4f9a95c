using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>The exposition: a series table and prometheus-net's registry rendered, gzip at two levels, and a whole publish (map, render, gzip) as a poll does it.</summary>
public class ExpositionBenchmarks
{
    private readonly MemoryStream _scratch = new();
    private CollectorRegistry _collectors = null!;
    private ExpositionPublisher _publisher = null!;
    private SeriesTable _table = null!;
    private PollSnapshot _even = null!;
    private PollSnapshot _odd = null!;
    private byte[] _plain = [];
    private bool _flip;

    [Params(1000)]
    public int Gateways { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _collectors = Prometheus.Metrics.NewCustomRegistry();
        var mapper = new SnapshotMapper(null, new ExporterFamilies(_collectors, null, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);
        _publisher = new ExpositionPublisher([new SnapshotMapper(null, new ExporterFamilies(_collectors, null, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance)], _collectors, new ExpositionCache());
        _even = SyntheticFleet.Snapshot(Gateways, traffic: 0);
        _odd = SyntheticFleet.Snapshot(Gateways, traffic: 5_000);
        _table = mapper.Map(_even);
        RenderText().GetAwaiter().GetResult();
        _plain = _scratch.ToArray();
        Console.WriteLine($"// exposition: {_plain.Length:N0} bytes plain");
    }

    /// <summary>A series table and the registry rendered as Prometheus text into a reused buffer.</summary>
    [Benchmark]
    public async Task RenderText()
    {
        _scratch.SetLength(0);
        ExpositionWriter.Write(_scratch, ExpositionFormat.PrometheusText, [_table]);
        await _collectors.CollectAndExportAsTextAsync(_scratch, ExpositionFormat.PrometheusText, CancellationToken.None);
    }

    /// <summary>Compressing the rendered text.</summary>
    [Benchmark]
    [Arguments(CompressionLevel.Fastest)]
    [Arguments(CompressionLevel.Optimal)]
    public long Gzip(CompressionLevel level)
    {
        _scratch.SetLength(0);
        using (var gzip = new GZipStream(_scratch, level, leaveOpen: true))
        {
            gzip.Write(_plain);
        }

        return _scratch.Length;
    }

    /// <summary>What a poll does after reading the API: map the snapshot, render the text and its gzip.</summary>
    [Benchmark]
    public async Task Publish()
    {
        await _publisher.PublishAsync([_flip ? _even : _odd], CancellationToken.None);
        _flip = !_flip;
    }
}
