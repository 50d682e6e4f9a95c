using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Measures the exporter's memory beside a Pushgateway holding the same resource series: after the exporter's first
/// poll, and again after each poll, its exposition without its own metrics is pushed to the Pushgateway; the same
/// number of scrapers scrape each process for the whole run while both processes' RSS is sampled.
/// </summary>
internal static class MemoryRun
{
    private const string Job = "upcloud_gateway_exporter";
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(string[] args)
    {
        MemoryOptions options;
        try
        {
            options = MemoryOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"memory: {ex.Message}\n\n{MemoryOptions.Usage}");
            return 2;
        }

        if (options.Harness.Help)
        {
            await Console.Out.WriteLineAsync(MemoryOptions.Usage);
            return 0;
        }

        return await Measurement.RunAsync(
            "memory",
            async token => await MeasureAsync(options, await ExporterBinary.ResolveAsync(options.Harness, Console.Error), token),
            MemoryReport.Table,
            MemoryReport.Json,
            options.Harness.JsonPath);
    }

    private static async Task<MemoryResult> MeasureAsync(MemoryOptions options, ExporterBinary binary, CancellationToken cancellationToken)
    {
        var h = options.Harness;
        var log = Console.Error;
        var loadAtStart = MachineInfo.LoadAverage;
        await log.WriteLineAsync($"simulating {h.Gateways} gateways with {h.LatencyMs} ms API latency ...");
        await using var simulator = await HarnessSimulator.StartAsync(h, cancellationToken);
        var pollTimeout = h.PollInterval * 3 + TimeSpan.FromSeconds(10 + h.Gateways * h.LatencyMs / 1000.0);
        await using var exporter = HarnessExporter.Start(binary, h, simulator.BaseAddress, TestCredentials.Token, FreePort.Pick());
        using var probe = new Scraper(exporter.BaseAddress);
        await Harness.WaitForAsync(probe, exporter, "readyz", TimeSpan.FromMilliseconds(2), pollTimeout, cancellationToken);
        using var pushgateway = options.Pushgateway is { } path ? await PushgatewayProcess.StartAsync(path, FreePort.Pick(), cancellationToken) : null;
        await log.WriteLineAsync($"{binary.Kind} exporter pid {exporter.Pid} ready; Pushgateway {(pushgateway is null ? "not run" : $"pid {pushgateway.Pid}")}");

        var monitor = new PollMonitor(simulator, exporter, probe, h.Gateways, pollTimeout);
        await monitor.BeginAsync(cancellationToken);
        var pushes = new List<TimeSpan>();
        async Task PushAsync()
        {
            if (pushgateway is not null)
            {
                pushes.Add(await pushgateway.PutAsync(Job, ResourceSeries.Of(Inflate(monitor.Published)), cancellationToken));
            }
        }

        await PushAsync();
        using var exporterRss = new RssSampler(ProcessStats.Of(exporter), SamplePeriod);
        using var pushgatewayRss = pushgateway is null ? null : new RssSampler(pushgateway.Stats, SamplePeriod);
        var started = Stopwatch.GetTimestamp();
        var steadyFrom = started + (long)(options.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var cpuAtStart = ProcessStats.Of(exporter).Cpu();
        var pause = TimeSpan.FromMilliseconds(h.ScrapePauseMs);
        var bound = options.Duration + pollTimeout * 2;
        var polls = new List<PollRecord>();
        var progress = ProgressEvery;
        await using var exporterLoad = new ScrapeLoad(exporter.BaseAddress, h.Scrapers, pause, bound);
        await using var pushgatewayLoad = pushgateway is null ? null : new ScrapeLoad(pushgateway.BaseAddress, h.Scrapers, pause, bound);
        while (Stopwatch.GetElapsedTime(started) < options.Duration)
        {
            polls.Add(await monitor.NextAsync(cancellationToken));
            await PushAsync();
            if (Stopwatch.GetElapsedTime(started) >= progress)
            {
                progress += ProgressEvery;
                await log.WriteLineAsync($"  {Stopwatch.GetElapsedTime(started):mm\\:ss}  poll {polls.Count}: exporter RSS {ProcessStats.Of(exporter).Rss() / 1048576.0:F1} MB"
                    + (pushgateway is null ? string.Empty : $", Pushgateway RSS {pushgateway.Stats.Rss() / 1048576.0:F1} MB (push {pushes[^1].TotalMilliseconds:F0} ms)"));
            }
        }

        var exporterScrapes = await exporterLoad.StopAsync();
        var pushgatewayScrapes = pushgatewayLoad is null ? [] : await pushgatewayLoad.StopAsync();
        var measured = Stopwatch.GetElapsedTime(started);
        var text = Inflate(monitor.Published);
        var pushgatewaySeries = 0;
        if (pushgateway is not null)
        {
            using var reader = new Scraper(pushgateway.BaseAddress);
            pushgatewaySeries = ResourceSeries.Count(Inflate(await reader.GzipAsync(cancellationToken)));
        }

        return new MemoryResult(
            options,
            binary.Kind,
            binary.Path,
            loadAtStart,
            MachineInfo.LoadAverage,
            measured,
            polls,
            ProcessStats.Of(exporter).Cpu() - cpuAtStart,
            ResourceSeries.Count(text),
            ResourceSeries.Count(Encoding.UTF8.GetString(ResourceSeries.Of(text))),
            pushgatewaySeries,
            pushes,
            new MemoryResult.Process(exporterRss.SamplesAfter(steadyFrom), ProcessStats.Of(exporter).PeakRss(), exporterScrapes, exporterLoad.Scrapes, ProcessStats.Of(exporter).RssParts()),
            pushgateway is null ? null : new MemoryResult.Process(pushgatewayRss!.SamplesAfter(steadyFrom), pushgateway.Stats.PeakRss(), pushgatewayScrapes, pushgatewayLoad!.Scrapes, pushgateway.Stats.RssParts()));
    }

    private static string Inflate(byte[] body)
    {
        if (body is not [0x1f, 0x8b, ..])
        {
            return Encoding.UTF8.GetString(body);
        }

        using var inflate = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
