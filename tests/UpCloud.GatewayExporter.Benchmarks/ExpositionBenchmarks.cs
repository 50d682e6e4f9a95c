using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>The exposition: the resource series and prometheus-net's registry rendered, gzip at two levels, and a whole publish (map, render, gzip) as a poll does it.</summary>
public class ExpositionBenchmarks
{
    private readonly MemoryStream _scratch = new();
    private ExporterRegistry _registry = null!;
    private ExpositionCache _cache = null!;
    private PollPublisher _publisher = null!;
    private SnapshotMapper _mapper = null!;
    private PollSnapshot _even = null!;
    private PollSnapshot _odd = null!;
    private byte[] _plain = [];
    private bool _flip;

    [Params(1000)]
    public int Gateways { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _registry = new ExporterRegistry();
        _mapper = new SnapshotMapper(new MetricFamilies(_registry, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);
        _cache = new ExpositionCache(_registry);
        _publisher = new PollPublisher(new FleetMapper([_mapper]), _cache);
        _even = SyntheticFleet.Snapshot(Gateways, traffic: 0);
        _odd = SyntheticFleet.Snapshot(Gateways, traffic: 5_000);
        _publisher.PublishAsync([_even], CancellationToken.None).GetAwaiter().GetResult();
        using var plain = new MemoryStream();
        _registry.WriteAsync(plain, ExpositionFormat.PrometheusText, CancellationToken.None).GetAwaiter().GetResult();
        _plain = plain.ToArray();
        Console.WriteLine($"// exposition: {_plain.Length:N0} bytes plain");
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    /// <summary>The resource series and the registry rendered as Prometheus text into a reused buffer.</summary>
    [Benchmark]
    public async Task RenderText()
    {
        _scratch.SetLength(0);
        await _registry.WriteAsync(_scratch, ExpositionFormat.PrometheusText, CancellationToken.None);
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
