using Microsoft.Extensions.Logging.Abstractions;
using UpCloud.GatewayExporter.Metrics;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>
/// <c>--footprint [gateways]</c>: how many bytes of managed heap each part of the exporter keeps alive at a fleet size,
/// measured as the live heap after a full, compacting collection before and after the part exists.
/// </summary>
internal static class Footprint
{
    public static void Run(int gateways)
    {
        var baseline = Live();
        var snapshot = SyntheticFleet.Snapshot(gateways);
        var withSnapshot = Live();
        var registry = Prometheus.Metrics.NewCustomRegistry();
        var mapper = new SnapshotMapper(new MetricFamilies(registry, "footprint"), NullLogger<SnapshotMapper>.Instance);
        mapper.Apply(snapshot);
        mapper.Apply(SyntheticFleet.Snapshot(gateways, traffic: 1000));
        var mapped = Live();
        using var publisher = new ExpositionPublisher(registry, mapper);
        publisher.PublishAsync(SyntheticFleet.Snapshot(gateways, traffic: 2000), CancellationToken.None).GetAwaiter().GetResult();
        var published = Live();
        var rendered = publisher.AcquireAsync(Prometheus.ExpositionFormat.PrometheusText, CancellationToken.None).AsTask().GetAwaiter().GetResult()!;
        var (plain, gzip) = (rendered.PlainLength, rendered.GzipLength);
        rendered.Release();

        Console.WriteLine($"gateways                           {gateways,12:N0}");
        Console.WriteLine($"poll snapshot (API model objects)  {withSnapshot - baseline,12:N0} bytes");
        Console.WriteLine($"registry series + mapper state     {mapped - withSnapshot,12:N0} bytes");
        Console.WriteLine($"rendering + pooled render chunks   {published - mapped,12:N0} bytes (plain {plain:N0}, gzip {gzip:N0})");
        GC.KeepAlive(snapshot);
        GC.KeepAlive(mapper);
    }

    private static long Live()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
