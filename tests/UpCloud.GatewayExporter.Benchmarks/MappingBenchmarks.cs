using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>SnapshotMapper.Apply: a poll of the whole fleet written into the registry, series already there (every poll after the first) and not yet (the first).</summary>
public class MappingBenchmarks
{
    private PollSnapshot _even = null!;
    private PollSnapshot _odd = null!;
    private SnapshotMapper _mapper = null!;
    private bool _flip;

    [Params(1000)]
    public int Gateways { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _even = SyntheticFleet.Snapshot(Gateways, traffic: 0);
        _odd = SyntheticFleet.Snapshot(Gateways, traffic: 5_000);
        _mapper = NewMapper();
        _mapper.Map(_even);
    }

    /// <summary>A steady poll: every series exists, counters move.</summary>
    [Benchmark]
    public void Apply()
    {
        _mapper.Map(_flip ? _even : _odd);
        _flip = !_flip;
    }

    /// <summary>The first poll: every series is created.</summary>
    [Benchmark]
    public void ApplyFirst() => NewMapper().Map(_even);

    private static SnapshotMapper NewMapper() =>
        new(null, new ExporterFamilies(Prometheus.Metrics.NewCustomRegistry(), null, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);
}
