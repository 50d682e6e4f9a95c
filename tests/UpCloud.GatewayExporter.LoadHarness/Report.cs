using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Derives the figures of a run and prints them as a table and as one JSON line.</summary>
internal static class Report
{
    private const double MiB = 1024 * 1024;

    public static string Table(HarnessResult r)
    {
        var f = Figures.Of(r);
        var o = r.Options;
        var text = new StringBuilder();
        void Row(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"{name,-26}{value}\n");
        text.Append('\n');
        Row("exporter", $"{r.Build} ({r.ExporterPath})");
        Row("machine", $"{MachineInfo.Cores} cores, {MachineInfo.CpuModel}, {MachineInfo.MemoryGiB:F1} GiB; load average {r.LoadAverageAtStart:F2} at start, {r.LoadAverageAtEnd:F2} at end");
        Row("fleet", $"{o.Gateways} gateways × {o.ConnectionsPerGateway} connections × {o.TunnelsPerConnection} tunnels, {o.NatNodesPerGateway} NAT nodes; {o.LatencyMs} ms API latency");
        Row("exporter settings", $"concurrency {o.Concurrency}, poll interval {o.PollInterval.TotalSeconds:0.###} s");
        Row("series", $"{f.Series:N0}");
        Row("start → serving", $"{r.Serving.TotalMilliseconds:F0} ms (/healthz 200)");
        Row("start → ready", $"{r.Ready.TotalMilliseconds:F0} ms (/readyz 200: first poll published; it took {r.First.PollDuration.TotalSeconds:F2} s)");
        Row("API requests per poll", $"{f.Requests} ({f.ListRequests} list pages + {f.MetricsRequests} metrics + {f.Requests - f.ListRequests - f.MetricsRequests} other); ceil(N/100)+N = {f.Expected}");
        Row("ideal poll", $"ceil({f.Requests} / {o.Concurrency}) × {o.LatencyMs} ms = {f.Ideal.TotalSeconds:F2} s");
        Row("poll (API)", $"median {f.PollApiMedian.TotalSeconds:F2} s, max {f.PollApiMax.TotalSeconds:F2} s = {f.PollRatio:F2} × ideal (exporter's last_poll_duration_seconds, polls without scrape load)");
        Row("poll → published", $"median {f.PollPublishedMedian.TotalSeconds:F2} s, max {f.PollPublishedMax.TotalSeconds:F2} s = {f.PublishedRatio:F2} × ideal (first list request to new exposition served)");
        Row("poll under scrape load", $"API median {f.LoadedApiMedian.TotalSeconds:F2} s = {f.LoadedApiMedian / f.Ideal:F2} × ideal; published after median {f.LoadedPublishedMedian.TotalSeconds:F2} s");
        Row("CPU per poll", $"{f.CpuPerPoll.TotalMilliseconds:F0} ms (mean of {r.QuietPolls.Count} polls without scrapers, whole poll cycle)");
        Row($"scrape plain ({o.Scrapers} scrapers)", Latency(f.Plain) + $"; during polls {Latency(f.PlainDuringPolls)}");
        Row($"scrape gzip ({o.Scrapers} scrapers)", Latency(f.Gzip) + $"; during polls {Latency(f.GzipDuringPolls)}");
        Row("bytes per scrape", $"plain {f.PlainBytes:N0}, gzip {f.GzipBytes:N0}");
        Row("scrapes", $"{r.Scrapes.Count:N0} in {r.LoadDuration.TotalSeconds:F0} s ({r.Scrapes.Count / r.LoadDuration.TotalSeconds:F0}/s) over {r.LoadedPolls.Count} polls");
        Row("CPU under scrape load", $"{f.CpuUnderLoad.TotalSeconds:F1} s over {r.LoadDuration.TotalSeconds:F0} s ({f.CpuUnderLoad / r.LoadDuration * 100:F0} % of one core)");
        Row("RSS steady", $"median {f.QuietRssMedian / MiB:F1} MB, max {f.QuietRssMax / MiB:F1} MB over {r.QuietPolls.Count} polls without scrape load");
        Row("RSS under scrape load", $"median {f.RssMedian / MiB:F1} MB, max {f.RssMax / MiB:F1} MB over {r.LoadedPolls.Count} polls with {o.Scrapers} scrapers; peak (VmHWM) {r.PeakRss / MiB:F1} MB");
        Row("RSS at rest, per poll", Trail(r.QuietPolls) + " MB; under scrape load " + Trail(r.LoadedPolls) + " MB");
        return text.ToString();
    }

    private static string Rest(PollRecord poll) => (poll.RssAtRest / MiB).ToString("F1", CultureInfo.InvariantCulture);

    // A long soak shows its first and last polls, and its flatness, rather than hundreds of values.
    private static string Trail(IReadOnlyList<PollRecord> polls) => polls.Count <= 8
        ? string.Join(" → ", polls.Select(Rest))
        : $"{string.Join(" → ", polls.Take(4).Select(Rest))} … {string.Join(" → ", polls.TakeLast(4).Select(Rest))} ({polls.Count} polls, min {polls.Min(p => p.RssAtRest) / MiB:F1}, max {polls.Max(p => p.RssAtRest) / MiB:F1})";

    public static string Json(HarnessResult r)
    {
        var f = Figures.Of(r);
        var o = r.Options;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("build", r.Build);
            json.WriteNumber("cores", MachineInfo.Cores);
            json.WriteString("cpu", MachineInfo.CpuModel);
            json.WriteNumber("load_average_start", r.LoadAverageAtStart);
            json.WriteNumber("load_average_end", r.LoadAverageAtEnd);
            json.WriteNumber("gateways", o.Gateways);
            json.WriteNumber("connections_per_gateway", o.ConnectionsPerGateway);
            json.WriteNumber("tunnels_per_connection", o.TunnelsPerConnection);
            json.WriteNumber("nat_nodes_per_gateway", o.NatNodesPerGateway);
            json.WriteNumber("latency_ms", o.LatencyMs);
            json.WriteNumber("concurrency", o.Concurrency);
            json.WriteNumber("poll_interval_s", o.PollInterval.TotalSeconds);
            json.WriteNumber("scrapers", o.Scrapers);
            json.WriteNumber("series", f.Series);
            json.WriteNumber("serving_ms", Round(r.Serving.TotalMilliseconds));
            json.WriteNumber("ready_ms", Round(r.Ready.TotalMilliseconds));
            json.WriteNumber("requests_per_poll", f.Requests);
            json.WriteNumber("requests_expected", f.Expected);
            json.WriteNumber("ideal_poll_s", Round(f.Ideal.TotalSeconds));
            json.WriteNumber("poll_api_median_s", Round(f.PollApiMedian.TotalSeconds));
            json.WriteNumber("poll_api_max_s", Round(f.PollApiMax.TotalSeconds));
            json.WriteNumber("poll_ratio", Round(f.PollRatio));
            json.WriteNumber("poll_published_median_s", Round(f.PollPublishedMedian.TotalSeconds));
            json.WriteNumber("poll_published_ratio", Round(f.PublishedRatio));
            json.WriteNumber("poll_loaded_api_median_s", Round(f.LoadedApiMedian.TotalSeconds));
            json.WriteNumber("poll_loaded_published_median_s", Round(f.LoadedPublishedMedian.TotalSeconds));
            json.WriteNumber("cpu_per_poll_ms", Round(f.CpuPerPoll.TotalMilliseconds));
            json.WriteNumber("scrape_plain_p50_ms", Round(f.Plain.P50));
            json.WriteNumber("scrape_plain_p99_ms", Round(f.Plain.P99));
            json.WriteNumber("scrape_gzip_p50_ms", Round(f.Gzip.P50));
            json.WriteNumber("scrape_gzip_p99_ms", Round(f.Gzip.P99));
            json.WriteNumber("scrape_plain_during_polls_p50_ms", Round(f.PlainDuringPolls.P50));
            json.WriteNumber("scrape_plain_during_polls_p99_ms", Round(f.PlainDuringPolls.P99));
            json.WriteNumber("scrape_gzip_during_polls_p50_ms", Round(f.GzipDuringPolls.P50));
            json.WriteNumber("scrape_gzip_during_polls_p99_ms", Round(f.GzipDuringPolls.P99));
            json.WriteNumber("scrapes", r.Scrapes.Count);
            json.WriteNumber("bytes_plain", f.PlainBytes);
            json.WriteNumber("bytes_gzip", f.GzipBytes);
            json.WriteNumber("rss_steady_median_mb", Round(f.QuietRssMedian / MiB));
            json.WriteNumber("rss_steady_max_mb", Round(f.QuietRssMax / MiB));
            json.WriteNumber("rss_at_rest_first_mb", Round(r.QuietPolls[0].RssAtRest / MiB));
            json.WriteNumber("rss_at_rest_last_mb", Round(r.QuietPolls[^1].RssAtRest / MiB));
            json.WriteNumber("rss_load_median_mb", Round(f.RssMedian / MiB));
            json.WriteNumber("rss_load_max_mb", Round(f.RssMax / MiB));
            json.WriteNumber("rss_peak_mb", Round(r.PeakRss / MiB));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : -1;

    private static string Latency(Percentiles p) =>
        p.Count == 0 ? "no samples" : string.Create(CultureInfo.InvariantCulture, $"p50 {p.P50:F1} ms, p99 {p.P99:F1} ms, max {p.Max:F1} ms (n={p.Count})");

    /// <summary>The figures derived from a run.</summary>
    private sealed record Figures(
        int Series,
        long Requests,
        long ListRequests,
        long MetricsRequests,
        long Expected,
        TimeSpan Ideal,
        TimeSpan PollApiMedian,
        TimeSpan PollApiMax,
        TimeSpan PollPublishedMedian,
        TimeSpan PollPublishedMax,
        TimeSpan LoadedApiMedian,
        TimeSpan LoadedPublishedMedian,
        TimeSpan CpuPerPoll,
        TimeSpan CpuUnderLoad,
        Percentiles Plain,
        Percentiles Gzip,
        Percentiles PlainDuringPolls,
        Percentiles GzipDuringPolls,
        long PlainBytes,
        long GzipBytes,
        double QuietRssMedian,
        double QuietRssMax,
        double RssMedian,
        double RssMax)
    {
        public double PollRatio => PollApiMedian / Ideal;

        public double PublishedRatio => PollPublishedMedian / Ideal;

        public static Figures Of(HarnessResult r)
        {
            var o = r.Options;
            var polls = r.QuietPolls;

            // The most common count, so one poll disturbed by a retry shows as a spread rather than a new norm.
            var requests = r.QuietPolls.Concat(r.LoadedPolls).GroupBy(p => p.Requests).MaxBy(g => g.Count())!.First();
            var expected = (o.Gateways + 99) / 100 + o.Gateways;
            var ideal = TimeSpan.FromMilliseconds((requests.Requests + o.Concurrency - 1) / o.Concurrency * (double)o.LatencyMs);
            var windows = r.LoadedPolls.Select(p => (p.Started, p.Published)).ToList();
            bool DuringPoll(ScrapeSample s) => windows.Any(w => s.Started >= w.Started && s.Started <= w.Published);
            var cpuCycles = new List<TimeSpan>();
            var previous = r.CpuBeforeQuietPolls;
            foreach (var poll in r.QuietPolls)
            {
                cpuCycles.Add(poll.Cpu - previous);
                previous = poll.Cpu;
            }

            var lastQuiet = r.QuietPolls[^1].Cpu;
            var last = r.LoadedPolls[^1];
            return new Figures(
                last.Reading.Series,
                requests.Requests,
                requests.ListRequests,
                requests.MetricsRequests,
                expected,
                ideal,
                Median(polls.Select(p => p.Reading.PollDuration)),
                polls.Max(p => p.Reading.PollDuration),
                Median(polls.Select(p => Stopwatch.GetElapsedTime(p.Started, p.Published))),
                polls.Max(p => Stopwatch.GetElapsedTime(p.Started, p.Published)),
                Median(r.LoadedPolls.Select(p => p.Reading.PollDuration)),
                Median(r.LoadedPolls.Select(p => Stopwatch.GetElapsedTime(p.Started, p.Published))),
                TimeSpan.FromTicks((long)cpuCycles.Average(c => c.Ticks)),
                last.Cpu - lastQuiet,
                Percentiles.Of(r.Scrapes.Where(s => !s.Gzip)),
                Percentiles.Of(r.Scrapes.Where(s => s.Gzip)),
                Percentiles.Of(r.Scrapes.Where(s => !s.Gzip && DuringPoll(s))),
                Percentiles.Of(r.Scrapes.Where(s => s.Gzip && DuringPoll(s))),
                r.Scrapes.Where(s => !s.Gzip).Select(s => s.Bytes).DefaultIfEmpty(last.Reading.PlainBytes).Max(),
                r.Scrapes.Where(s => s.Gzip).Select(s => s.Bytes).DefaultIfEmpty(last.GzipBytes).Max(),
                MedianOf(r.QuietRss),
                r.QuietRss.DefaultIfEmpty(0).Max(),
                MedianOf(r.LoadRss),
                r.LoadRss.DefaultIfEmpty(0).Max());
        }

        private static TimeSpan Median(IEnumerable<TimeSpan> values)
        {
            var sorted = values.Order().ToList();
            return sorted[(sorted.Count - 1) / 2];
        }

        private static double MedianOf(IReadOnlyList<long> values) =>
            values.Count == 0 ? double.NaN : values.Order().ElementAt((values.Count - 1) / 2);
    }
}
