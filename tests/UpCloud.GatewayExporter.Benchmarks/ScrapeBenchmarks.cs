using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
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
        var collectors = Prometheus.Metrics.NewCustomRegistry();
        var mapper = new SnapshotMapper(null, new ExporterFamilies(collectors, null, "bench", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);
        _cache = new ExpositionCache();
        new ExpositionPublisher([mapper], collectors, _cache).PublishAsync([SyntheticFleet.Snapshot(Gateways)], CancellationToken.None).GetAwaiter().GetResult();
    }

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
