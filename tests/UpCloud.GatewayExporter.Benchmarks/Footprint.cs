using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using UpCloud.GatewayExporter.Bytes;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>
/// <c>--footprint [gateways...]</c>: how many bytes of managed heap each part of the exporter keeps alive at a fleet
/// size, measured as the live heap after a full, compacting collection before and after the part exists.
/// </summary>
internal static class Footprint
{
    public static void Run(int gateways)
    {
        var baseline = Live();
        var snapshotBytes = SnapshotSize(gateways);
        var collectors = Prometheus.Metrics.NewCustomRegistry();
        var table = MapOnce(NewMapper(collectors), gateways);
        var series = Live();
        GC.KeepAlive(table);
        var mapper = NewMapper(collectors);
        MapTwice(mapper, gateways);
        var totals = Live();
        var cache = new ExpositionCache();
        Publish(new ExpositionPublisher([mapper], collectors, cache), gateways);
        var published = Live();
        var (plain, gzip, count) = Measure(cache);
        var chunks = Chunks(gzip);

        Console.WriteLine($"gateways {gateways:N0}, series {count:N0}");
        Row("poll snapshot (API model objects, transient)", snapshotBytes, count);
        Row("series: one poll's series table", series - baseline, count);
        Row("running totals (mapper state)", totals - series, count);
        Row("left after the first render (beyond the gzip chunks)", published - totals - chunks, count);
        Row($"rendering: {gzip:N0} B gzip in 64 KiB chunks (of {plain:N0} B plain)", chunks, count);
        Row("live total between polls", published - baseline, count);
        Console.WriteLine();
    }

    private static void Row(string what, long bytes, int series) =>
        Console.WriteLine($"  {what,-60} {bytes / 1048576.0,8:F1} MiB {bytes / (double)Math.Max(1, series),7:F0} B/series");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long SnapshotSize(int gateways)
    {
        var before = Live();
        var snapshot = SyntheticFleet.Snapshot(gateways);
        var after = Live();
        GC.KeepAlive(snapshot);
        return after - before;
    }

    private static SnapshotMapper NewMapper(Prometheus.CollectorRegistry collectors) =>
        new(null, new ExporterFamilies(collectors, null, "footprint", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Metrics.Tables.SeriesTable MapOnce(SnapshotMapper mapper, int gateways) => mapper.Map(SyntheticFleet.Snapshot(gateways));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MapTwice(SnapshotMapper mapper, int gateways)
    {
        mapper.Map(SyntheticFleet.Snapshot(gateways));
        mapper.Map(SyntheticFleet.Snapshot(gateways, traffic: 1000));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Publish(ExpositionPublisher publisher, int gateways) =>
        publisher.PublishAsync([SyntheticFleet.Snapshot(gateways, traffic: 2000)], CancellationToken.None).GetAwaiter().GetResult();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Plain, long Gzip, int Series) Measure(ExpositionCache cache)
    {
        var rendered = cache.Current!.Text;
        var series = rendered.PlainText().Split('\n').Count(line => line.Length > 0 && line[0] != '#');
        return (rendered.PlainLength, rendered.Gzip.Length, series);
    }

    private static long Chunks(long bytes) => (bytes + ChunkedBuffer.ChunkSize - 1) / ChunkedBuffer.ChunkSize * ChunkedBuffer.ChunkSize;

    private static long Live()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
