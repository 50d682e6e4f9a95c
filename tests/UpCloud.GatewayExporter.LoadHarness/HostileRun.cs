using System.Diagnostics;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Measures what hostile API answers cost the exporter: a clean phase and a hostile phase, each with a fresh simulator
/// and a fresh exporter process (so each VmHWM is that phase's own peak), optionally inside a memory cgroup. In the
/// hostile phase, once the first poll is published, <see cref="HostileApi"/> replaces a share of every endpoint's answers.
/// </summary>
internal static class HostileRun
{
    private static readonly TimeSpan ScrapeEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        HostileOptions options;
        try
        {
            options = HostileOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync($"hostile: {ex.Message}\n\n{HostileOptions.Usage}");
            return 2;
        }

        if (options.Harness.Help)
        {
            await Console.Out.WriteLineAsync(HostileOptions.Usage);
            return 0;
        }

        return await Measurement.RunAsync(
            "hostile",
            async token =>
            {
                var binary = await ExporterBinary.ResolveAsync(options.Harness, Console.Error);
                var phases = new List<HostilePhase>();
                foreach (var phase in options.Phases)
                {
                    phases.Add(await RunPhaseAsync(phase, options, binary, token));
                }

                return new HostileResult(options, binary.Kind, binary.Path, phases);
            },
            HostileReport.Table,
            HostileReport.Json,
            options.Harness.JsonPath);
    }

    private static async Task<HostilePhase> RunPhaseAsync(string name, HostileOptions options, ExporterBinary binary, CancellationToken cancellationToken)
    {
        var h = options.Harness;
        var log = Console.Error;
        await using var simulator = await HarnessSimulator.StartAsync(h, cancellationToken);
        await using var cgroup = options.CgroupBytes is { } limit
            ? MemoryCgroup.TryCreate($"upcloud-exporter-hostile-{Environment.ProcessId}-{name}", limit, out var whyNot) ?? throw new InvalidOperationException(whyNot)
            : null;
        await using var exporter = HarnessExporter.Start(binary, h, simulator.BaseAddress, TestCredentials.Token, FreePort.Pick(), cgroup);
        using var scraper = new Scraper(exporter.BaseAddress);
        var pollTimeout = h.PollInterval * 3 + TimeSpan.FromSeconds(10 + h.Gateways * h.LatencyMs / 1000.0);
        await Harness.WaitForAsync(scraper, exporter, "readyz", TimeSpan.FromMilliseconds(20), pollTimeout, cancellationToken);
        if (name == "hostile")
        {
            HostileApi.Inject(simulator.Faults, options.Rate);
        }

        await log.WriteLineAsync($"{name}: {binary.Kind} exporter pid {exporter.Pid} ready{(cgroup is null ? string.Empty : $" in {cgroup.Path}, limit {cgroup.Limit / 1048576.0:F0} MiB")}; running {options.Duration.TotalMinutes:0.##} min");
        var stats = ProcessStats.Of(exporter);
        var started = Stopwatch.GetTimestamp();
        var (peak, scrapes, errors, progress) = (0L, 0, 0, ProgressEvery);
        string? last = null;
        while (Stopwatch.GetElapsedTime(started) < options.Duration && !exporter.HasExited)
        {
            try
            {
                last = Gzip.Inflate(await scraper.GzipAsync(cancellationToken));
                scrapes++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                errors++;
            }

            peak = Math.Max(peak, TryPeak(stats));
            if (Stopwatch.GetElapsedTime(started) >= progress)
            {
                progress += ProgressEvery;
                await log.WriteLineAsync($"  {Stopwatch.GetElapsedTime(started):mm\\:ss}  peak RSS {peak / 1048576.0:F1} MB, {Sum(last, "upcloud_gateway_exporter_polls_total")} polls, {Sum(last, "upcloud_gateway_exporter_poll_failures_total")} failed");
            }

            await Task.Delay(ScrapeEvery, cancellationToken);
        }

        var ran = Stopwatch.GetElapsedTime(started);
        peak = Math.Max(peak, TryPeak(stats));
        return new HostilePhase(
            name,
            ran,
            peak,
            exporter.ExitCode,
            Sum(last, "upcloud_gateway_exporter_polls_total"),
            Sum(last, "upcloud_gateway_exporter_poll_failures_total"),
            Attempts(last),
            simulator.Requests.Total,
            scrapes,
            errors,
            cgroup is null ? null : new HostilePhase.CgroupReading(cgroup.Limit, cgroup.PeakUsage, cgroup.Failures, cgroup.OomKills),
            exporter.HasExited ? exporter.Output : null);
    }

    /// <summary>VmHWM while the process lives; 0 once it has gone, so the last reading taken stands.</summary>
    private static long TryPeak(ProcessStats stats)
    {
        try
        {
            return stats.PeakRss();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static double Sum(string? exposition, string name) =>
        exposition is null ? double.NaN : ExpositionText.Parse(exposition).Named(name).Sum(sample => sample.Value);

    private static Dictionary<string, double> Attempts(string? exposition) =>
        exposition is null ? [] : ExpositionText.Parse(exposition).Named("upcloud_gateway_exporter_api_requests_total")
            .GroupBy(sample => sample.Labels.GetValueOrDefault("code", "?"))
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(sample => sample.Value));
}
