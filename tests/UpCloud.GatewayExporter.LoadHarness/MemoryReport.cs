using System.Globalization;
using System.Text;
using System.Text.Json;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Prints a memory run as a table and one JSON line. Steady RSS is the maximum sampled after the warm-up; MB here are
/// MiB, as everywhere in the harness. The targets: at 1000 gateways or more the exporter's steady RSS at most 0.6 × the
/// Pushgateway's, at 10 gateways or fewer at most 25 MB.
/// </summary>
internal static class MemoryReport
{
    private const double MiB = 1024 * 1024;
    private const double RatioTarget = 0.6;
    private const double SmallFleetTargetMb = 25;
    private const int TrendSlices = 6;

    public static string Table(MemoryResult r)
    {
        var o = r.Options;
        var h = o.Harness;
        var text = new StringBuilder("\n");
        void Row(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"{name,-24}{value}\n");
        Row("exporter", $"{r.Build} ({r.ExporterPath})");
        Row("machine", $"{MachineInfo.Cores} cores, {MachineInfo.CpuModel}, {MachineInfo.MemoryGiB:F1} GiB; load average {r.LoadAverageAtStart:F2} at start, {r.LoadAverageAtEnd:F2} at end");
        Row("fleet", $"{h.Gateways} gateways × {h.ConnectionsPerGateway} connections × {h.TunnelsPerConnection} tunnels, {h.NatNodesPerGateway} NAT nodes; {h.LatencyMs} ms API latency; poll interval {h.PollInterval.TotalSeconds:0.###} s");
        Row("run", $"{r.Measured.TotalMinutes:F1} min after the first poll, {r.Polls.Count} polls; steady = after {o.WarmUp.TotalMinutes:0.##} min of warm-up; {h.Scrapers} scrapers on each process, pause {h.ScrapePauseMs} ms");
        Row("series served", $"exporter {r.ExporterSeries:N0} ({r.ResourceSeries:N0} resource + {r.ExporterSeries - r.ResourceSeries} own)"
            + (r.Pushgateway is null ? string.Empty : $"; Pushgateway {r.PushgatewaySeries:N0} ({r.ResourceSeries:N0} pushed + {r.PushgatewaySeries - r.ResourceSeries} own, job/instance labels added)"));
        Row("exporter RSS", Memory(r.Exporter));
        if (r.Pushgateway is { } pushgateway)
        {
            Row("Pushgateway RSS", Memory(pushgateway));
            Row("exporter / Pushgateway", $"{Ratio(r):F2} (steady max against steady max)");
            Row("pushes", $"{r.Pushes.Count}, median {Median(r.Pushes).TotalMilliseconds:F0} ms, max {r.Pushes.Max().TotalMilliseconds:F0} ms (PUT of the resource series after each poll)");
        }

        if (Target(r) is { } target)
        {
            Row("target", target);
        }

        Row("exporter RSS trend", Trend(r.Exporter) + " MB (max per sixth of the steady stretch)");
        if (r.Pushgateway is { } trend)
        {
            Row("Pushgateway RSS trend", Trend(trend) + " MB");
        }

        Row("exporter scrapes", Scrapes(r.Exporter, r.Measured));
        if (r.Pushgateway is { } scraped)
        {
            Row("Pushgateway scrapes", Scrapes(scraped, r.Measured));
        }

        Row("polls", $"API median {Median(r.Polls.Select(p => p.Reading.PollDuration)).TotalSeconds:F2} s; exporter CPU {r.ExporterCpu.TotalSeconds:F1} s = {r.ExporterCpu.TotalMilliseconds / Math.Max(1, r.Polls.Count):F0} ms per poll, scrapes included");
        return text.ToString();
    }

    public static string Json(MemoryResult r)
    {
        var h = r.Options.Harness;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("mode", "memory");
            json.WriteString("build", r.Build);
            json.WriteNumber("cores", MachineInfo.Cores);
            json.WriteNumber("load_average_start", r.LoadAverageAtStart);
            json.WriteNumber("load_average_end", r.LoadAverageAtEnd);
            json.WriteNumber("gateways", h.Gateways);
            json.WriteNumber("poll_interval_s", h.PollInterval.TotalSeconds);
            json.WriteNumber("scrapers", h.Scrapers);
            json.WriteNumber("scrape_pause_ms", h.ScrapePauseMs);
            json.WriteNumber("duration_s", Round(r.Measured.TotalSeconds));
            json.WriteNumber("warm_up_s", r.Options.WarmUp.TotalSeconds);
            json.WriteNumber("polls", r.Polls.Count);
            json.WriteNumber("series_exporter", r.ExporterSeries);
            json.WriteNumber("series_resource", r.ResourceSeries);
            json.WriteNumber("series_pushgateway", r.PushgatewaySeries);
            Process(json, "exporter", r.Exporter, r.Measured);
            if (r.Pushgateway is { } pushgateway)
            {
                Process(json, "pushgateway", pushgateway, r.Measured);
                json.WriteNumber("rss_ratio", Round(Ratio(r)));
                json.WriteNumber("push_median_ms", Round(Median(r.Pushes).TotalMilliseconds));
            }

            json.WriteNumber("poll_api_median_s", Round(Median(r.Polls.Select(p => p.Reading.PollDuration)).TotalSeconds));
            json.WriteNumber("exporter_cpu_per_poll_ms", Round(r.ExporterCpu.TotalMilliseconds / Math.Max(1, r.Polls.Count)));
            if (Met(r) is { } met)
            {
                json.WriteBoolean("target_met", met);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Process(Utf8JsonWriter json, string name, MemoryResult.Process p, TimeSpan measured)
    {
        json.WriteNumber($"rss_{name}_steady_max_mb", Round(p.SteadyMax / MiB));
        json.WriteNumber($"rss_{name}_steady_median_mb", Round(p.SteadyMedian / MiB));
        json.WriteNumber($"rss_{name}_peak_mb", Round(p.PeakRss / MiB));
        json.WriteNumber($"rss_{name}_end_anon_mb", Round(p.RssAtEnd.Anonymous / MiB));
        json.WriteNumber($"rss_{name}_end_file_mb", Round(p.RssAtEnd.File / MiB));
        json.WriteNumber($"scrapes_{name}", p.ScrapeCount);
        json.WriteNumber($"scrapes_{name}_per_s", Round(p.ScrapeCount / measured.TotalSeconds));
        var plain = Percentiles.Of(p.Scrapes.Where(s => !s.Gzip));
        var gzip = Percentiles.Of(p.Scrapes.Where(s => s.Gzip));
        json.WriteNumber($"scrape_{name}_plain_p50_ms", Round(plain.P50));
        json.WriteNumber($"scrape_{name}_plain_p99_ms", Round(plain.P99));
        json.WriteNumber($"scrape_{name}_gzip_p50_ms", Round(gzip.P50));
        json.WriteNumber($"scrape_{name}_gzip_p99_ms", Round(gzip.P99));
    }

    private static double Ratio(MemoryResult r) => r.Pushgateway is { SteadyMax: > 0 } p ? r.Exporter.SteadyMax / (double)p.SteadyMax : double.NaN;

    private static bool? Met(MemoryResult r) => r.Options.Harness.Gateways switch
    {
        <= 10 => r.Exporter.SteadyMax / MiB <= SmallFleetTargetMb,
        >= 1000 when r.Pushgateway is not null => Ratio(r) <= RatioTarget,
        _ => null,
    };

    private static string? Target(MemoryResult r) => (r.Options.Harness.Gateways, Met(r)) switch
    {
        (_, null) => null,
        (<= 10, { } met) => $"exporter steady RSS ≤ {SmallFleetTargetMb} MB: {r.Exporter.SteadyMax / MiB:F1} MB, {(met ? "met" : "missed")}",
        (_, { } met) => $"exporter steady RSS ≤ {RatioTarget} × Pushgateway's: {Ratio(r):F2} ×, {(met ? "met" : "missed")}",
    };

    private static string Memory(MemoryResult.Process p) =>
        string.Create(CultureInfo.InvariantCulture, $"steady {p.SteadyMax / MiB:F1} MB (max), median {p.SteadyMedian / MiB:F1} MB; peak (VmHWM, start-up included) {p.PeakRss / MiB:F1} MB; at the end {p.RssAtEnd.Anonymous / MiB:F1} MB allocated + {p.RssAtEnd.File / MiB:F1} MB file-backed");

    private static string Trend(MemoryResult.Process p)
    {
        var size = Math.Max(1, (p.SteadyRss.Count + TrendSlices - 1) / TrendSlices);
        return string.Join(" → ", p.SteadyRss.Chunk(size).Select(slice => (slice.Max() / MiB).ToString("F1", CultureInfo.InvariantCulture)));
    }

    private static string Scrapes(MemoryResult.Process p, TimeSpan measured) =>
        $"{p.ScrapeCount:N0} ({p.ScrapeCount / measured.TotalSeconds:F0}/s); plain {Latency(Percentiles.Of(p.Scrapes.Where(s => !s.Gzip)))}; gzip {Latency(Percentiles.Of(p.Scrapes.Where(s => s.Gzip)))}";

    private static string Latency(Percentiles p) =>
        p.Count == 0 ? "no samples" : string.Create(CultureInfo.InvariantCulture, $"p50 {p.P50:F1} ms, p99 {p.P99:F1} ms");

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[(sorted.Count - 1) / 2];
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : -1;
}
