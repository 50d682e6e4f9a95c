using System.Diagnostics;
using System.Net;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Runs the exporter for a long stretch against a live simulated fleet with injected API faults and many concurrent
/// scrapers, then prints what it served and whether memory or series crept upward.
/// </summary>
internal static class Soak
{
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"soak: {ex.Message}\n\n{SoakOptions.Usage}");
            return 2;
        }

        var harness = options.Harness;
        await using var simulator = await HarnessSimulator.StartAsync(harness, CancellationToken.None);
        var binary = await ExporterBinary.ResolveAsync(harness, Console.Error);
        await using var exporter = HarnessExporter.Start(binary, harness, simulator.BaseAddress, TestCredentials.Token, FreePort.Pick());
        using var scraper = new Scraper(exporter.BaseAddress);
        var start = await SettledAsync(scraper, exporter, 2);
        await Console.Out.WriteLineAsync($"soak: {binary.Kind} exporter pid {exporter.Pid}, {harness.Gateways} gateways, {start.Series} series; running {options.Duration.TotalMinutes:F0} min with {options.FaultRate:P0} faults and {options.Scrapers} scrapers");

        SoakFaults.Inject(simulator.Faults, options.FaultRate);
        var scrapers = new SoakScrapers(exporter.BaseAddress, options.Scrapers, TimeSpan.FromMilliseconds(20));
        using var stop = new CancellationTokenSource(options.Duration);
        var scraping = scrapers.RunAsync(stop.Token);
        var rss = new List<long>();
        var clock = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested && !exporter.HasExited)
        {
            await Task.Delay(SamplePeriod, CancellationToken.None);
            rss.Add(ProcessStats.Of(exporter).Rss());
            if (rss.Count % 6 == 0)
            {
                await Console.Out.WriteLineAsync($"  {clock.Elapsed:mm\\:ss}  RSS {Mb(rss[^1])}  scrapes {scrapers.Served}  scrape errors {scrapers.Errors}");
            }
        }

        await scraping;
        simulator.Faults.Clear();
        var end = await SettledAsync(scraper, exporter, (int)(await ReadAsync(scraper)).Polls + 2);
        var text = ExpositionText.Parse(Gzip.Inflate(await scraper.GzipAsync(CancellationToken.None)));
        var report = new SoakReport(
            Polls: end.Polls,
            FailedPolls: text.Named("upcloud_gateway_exporter_poll_failures_total").Sum(sample => sample.Value),
            FailedAttempts: text.Named("upcloud_gateway_exporter_api_requests_total").Where(sample => sample.Labels.GetValueOrDefault("code") != "200").Sum(sample => sample.Value),
            ApiRequests: simulator.Requests.Total,
            ScrapesServed: scrapers.Served,
            ScrapeErrors: scrapers.Errors,
            Rss: rss,
            SeriesStart: start.Series,
            SeriesEnd: end.Series,
            ExporterAlive: !exporter.HasExited);
        await Console.Out.WriteLineAsync(report.Table());
        return report.Clean ? 0 : 1;
    }

    private static async Task<ExpositionReading> SettledAsync(Scraper scraper, ExporterProcess exporter, int polls)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (exporter.HasExited)
            {
                throw new InvalidOperationException($"the exporter exited:\n{exporter.Output}");
            }

            if (await scraper.ProbeAsync("readyz", CancellationToken.None) == HttpStatusCode.OK && await ReadAsync(scraper) is { } reading && reading.Polls >= polls && reading.ExporterUp == 1)
            {
                return reading;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the exporter did not complete {polls} clean polls within 3 minutes:\n{exporter.Output}");
    }

    private static async Task<ExpositionReading> ReadAsync(Scraper scraper) =>
        ExpositionReading.FromGzip(await scraper.GzipAsync(CancellationToken.None));

    private static string Mb(long bytes) => $"{bytes / 1048576.0:F1} MB";
}
