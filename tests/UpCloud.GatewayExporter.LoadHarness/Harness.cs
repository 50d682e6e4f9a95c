using System.Diagnostics;
using System.Net;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Runs the exporter as a child process against an in-process simulated fleet with API latency, measures start-up,
/// polls, scrapes, CPU and memory, prints one table and one JSON line, and stops everything it started.
/// </summary>
internal static class Harness
{
    public static async Task<int> RunAsync(string[] args)
    {
        HarnessOptions options;
        try
        {
            options = HarnessOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"load harness: {ex.Message}\n\n{HarnessOptions.Usage}");
            return 2;
        }

        if (options.Help)
        {
            await Console.Out.WriteLineAsync(HarnessOptions.Usage);
            return 0;
        }

        return await Measurement.RunAsync(
            "load harness",
            async token => await MeasureAsync(options, await ExporterBinary.ResolveAsync(options, Console.Error), token),
            Report.Table,
            Report.Json,
            options.JsonPath);
    }

    private static async Task<HarnessResult> MeasureAsync(HarnessOptions options, ExporterBinary binary, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var loadAtStart = MachineInfo.LoadAverage;
        await log.WriteLineAsync($"simulating {options.Gateways} gateways with {options.LatencyMs} ms API latency ...");
        await using var simulator = await HarnessSimulator.StartAsync(options, cancellationToken);

        // Long enough for the slowest poll a misconfigured run could make, short enough that a stuck run ends.
        var pollTimeout = options.PollInterval * 3 + TimeSpan.FromSeconds(10 + options.Gateways * options.LatencyMs / 1000.0);
        await using var exporter = HarnessExporter.Start(binary, options, simulator.BaseAddress, TestCredentials.Token, FreePort.Pick());
        using var probe = new Scraper(exporter.BaseAddress);
        await log.WriteLineAsync($"started {binary.Kind} exporter {binary.Path} (pid {exporter.Pid}) on {exporter.BaseAddress}");

        var serving = await WaitForAsync(probe, exporter, "healthz", TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30), cancellationToken);
        var ready = await WaitForAsync(probe, exporter, "readyz", TimeSpan.FromMilliseconds(2), pollTimeout, cancellationToken);
        var first = ExpositionReading.FromGzip(await probe.GzipAsync(cancellationToken));
        await log.WriteLineAsync($"serving after {serving.TotalMilliseconds:F0} ms, ready (first poll published) after {ready.TotalMilliseconds:F0} ms: {first.Series} series");

        using var rss = new RssSampler(ProcessStats.Of(exporter), TimeSpan.FromMilliseconds(200));
        var monitor = new PollMonitor(simulator, exporter, probe, options.Gateways, pollTimeout);
        await monitor.BeginAsync(cancellationToken);
        var cpuBefore = ProcessStats.Of(exporter).Cpu();
        var quiet = new List<PollRecord>();
        for (var i = 0; i < options.QuietPolls; i++)
        {
            quiet.Add(await monitor.NextAsync(cancellationToken));
            await log.WriteLineAsync($"quiet poll {i + 1}/{options.QuietPolls}: {Describe(quiet[^1])}");
        }

        var quietRss = rss.SamplesSince(0);
        var loaded = new List<PollRecord>();
        var loadStarted = Stopwatch.GetTimestamp();
        List<ScrapeSample> samples;
        var rssLoadStart = rss.Count;
        await using (var load = new ScrapeLoad(exporter.BaseAddress, options.Scrapers, TimeSpan.FromMilliseconds(options.ScrapePauseMs), pollTimeout * (options.Polls + 1)))
        {
            for (var i = 0; i < options.Polls; i++)
            {
                loaded.Add(await monitor.NextAsync(cancellationToken));
                await log.WriteLineAsync($"poll {i + 1}/{options.Polls} under {options.Scrapers} scrapers: {Describe(loaded[^1])}");
            }

            samples = await load.StopAsync();
        }

        var loadEnded = Stopwatch.GetTimestamp();
        return new HarnessResult(
            options,
            binary.Kind,
            binary.Path,
            loadAtStart,
            MachineInfo.LoadAverage,
            serving,
            ready,
            first,
            quiet,
            cpuBefore,
            loaded,
            samples,
            Stopwatch.GetElapsedTime(loadStarted, loadEnded),
            quietRss,
            rss.SamplesSince(rssLoadStart),
            ProcessStats.Of(exporter).PeakRss());
    }

    private static string Describe(PollRecord poll) =>
        $"API {poll.Reading.PollDuration.TotalSeconds:F2} s, published after {Stopwatch.GetElapsedTime(poll.Started, poll.Published).TotalSeconds:F2} s, "
        + $"{poll.Requests} requests, RSS {poll.RssAtPublish / 1048576.0:F1} MB";

    /// <summary>Polls an endpoint of the exporter until it answers 200 and returns the time since the process started.</summary>
    public static async Task<TimeSpan> WaitForAsync(Scraper probe, ExporterProcess exporter, string path, TimeSpan every, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (exporter.HasExited)
            {
                throw new InvalidOperationException($"the exporter exited before /{path} answered 200:\n{exporter.Output}");
            }

            if (await probe.ProbeAsync(path, cancellationToken) == HttpStatusCode.OK)
            {
                return Stopwatch.GetElapsedTime(exporter.StartedAt);
            }

            await Task.Delay(every, cancellationToken);
        }

        throw new TimeoutException($"/{path} did not answer 200 within {timeout.TotalSeconds:F0} s:\n{exporter.Output}");
    }
}
