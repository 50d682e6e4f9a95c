using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Web;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>The scrape path without the network: MetricsEndpoint serving the published exposition into a response body that discards it.</summary>
public class ScrapeBenchmarks
{
    private ExpositionCache _cache = null!;

    [Params(1000)]
    public int Gateways { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var registry = new ExporterRegistry();
        var mapper = new SnapshotMapper(new MetricFamilies(registry, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);
        _cache = new ExpositionCache(registry);
        new PollPublisher(new FleetMapper([mapper]), _cache).PublishAsync([SyntheticFleet.Snapshot(Gateways)], CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark]
    [Arguments(false)]
    [Arguments(true)]
    public async Task<long?> Scrape(bool gzip)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = Stream.Null;
        if (gzip)
        {
            context.Request.Headers.AcceptEncoding = "gzip";
        }

        await MetricsEndpoint.ServeAsync(context, _cache);
        return context.Response.ContentLength;
    }
}
