using System.Globalization;
using System.Text;
using System.Text.Json;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Prints a hostile run as a table and one JSON line. The targets: the hostile phase's peak RSS at most 1.5 × the clean
/// phase's, and, in a memory cgroup, an exporter still alive at the end of every phase.
/// </summary>
internal static class HostileReport
{
    private const double MiB = 1024 * 1024;
    private const double RatioTarget = 1.5;

    public static string Table(HostileResult r)
    {
        var h = r.Options.Harness;
        var text = new StringBuilder("\n");
        void Row(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"{name,-18}{value}\n");
        Row("exporter", $"{r.Build} ({r.ExporterPath})");
        Row("machine", $"{MachineInfo.Cores} cores, {MachineInfo.CpuModel}; load average {MachineInfo.LoadAverage:F2} at the end");
        Row("fleet", $"{h.Gateways} gateways × {h.ConnectionsPerGateway} connections × {h.TunnelsPerConnection} tunnels, {h.NatNodesPerGateway} NAT nodes; {h.LatencyMs} ms API latency; poll interval {h.PollInterval.TotalSeconds:0.###} s, {h.Concurrency} requests in flight");
        Row("hostile share", $"{r.Options.Rate:P0} of API answers in the hostile phase");
        foreach (var p in r.Phases)
        {
            text.Append('\n');
            Row(p.Name, $"{p.Ran.TotalMinutes:F1} min after the first poll; peak RSS (VmHWM) {p.PeakRss / MiB:F1} MB; {(p.ExitCode is { } code ? $"DIED with exit code {code}{Signal(code)}" : "alive at the end")}");
            Row("  polls", $"{p.Polls} ({p.PollFailures} failed); simulator requests {p.SimulatorRequests:N0}; scrapes {p.Scrapes} ok, {p.ScrapeErrors} failed");
            Row("  API attempts", string.Join(", ", p.Attempts.Select(a => $"{a.Key}: {a.Value}")));
            if (p.Cgroup is { } c)
            {
                Row("  cgroup", $"limit {c.Limit / MiB:F0} MiB, peak usage {c.PeakUsage / MiB:F1} MiB, failcnt {c.Failures}, oom_kill {c.OomKills}");
            }

            if (p.Output is { Length: > 0 } output)
            {
                // What it said as it died: the exception or failure lines, not the stack frames under them.
                var lines = output.Split('\n').Where(line => line.Length > 0 && !line.TrimStart().StartsWith("at ", StringComparison.Ordinal)
                    && !line.StartsWith("---", StringComparison.Ordinal) && !line.Contains(" + 0x", StringComparison.Ordinal));
                Row("  last output", "\n" + string.Join('\n', lines.TakeLast(8)));
            }
        }

        if (Ratio(r) is { } ratio)
        {
            text.Append('\n');
            Row("hostile / clean", $"{ratio:F2} (target ≤ {RatioTarget}: {(ratio <= RatioTarget ? "met" : "missed")})");
        }

        return text.ToString();
    }

    public static string Json(HostileResult r)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("build", r.Build);
            json.WriteNumber("gateways", r.Options.Harness.Gateways);
            json.WriteNumber("poll_interval_s", r.Options.Harness.PollInterval.TotalSeconds);
            json.WriteNumber("rate", r.Options.Rate);
            foreach (var p in r.Phases)
            {
                json.WriteStartObject(p.Name);
                json.WriteNumber("minutes", Math.Round(p.Ran.TotalMinutes, 2));
                json.WriteNumber("peak_rss_mb", Math.Round(p.PeakRss / MiB, 1));
                json.WriteBoolean("alive", p.ExitCode is null);
                if (p.ExitCode is { } code)
                {
                    json.WriteNumber("exit_code", code);
                }

                json.WriteNumber("polls", double.IsNaN(p.Polls) ? 0 : p.Polls);
                json.WriteNumber("poll_failures", double.IsNaN(p.PollFailures) ? 0 : p.PollFailures);
                if (p.Cgroup is { } c)
                {
                    json.WriteNumber("cgroup_limit_mb", Math.Round(c.Limit / MiB, 1));
                    json.WriteNumber("cgroup_peak_usage_mb", Math.Round(c.PeakUsage / MiB, 1));
                    json.WriteNumber("cgroup_failcnt", c.Failures);
                    json.WriteNumber("cgroup_oom_kill", c.OomKills);
                }

                json.WriteEndObject();
            }

            if (Ratio(r) is { } ratio)
            {
                json.WriteNumber("hostile_over_clean", Math.Round(ratio, 2));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static double? Ratio(HostileResult r) =>
        r.Phases.FirstOrDefault(p => p.Name == "clean") is { PeakRss: > 0 } clean && r.Phases.FirstOrDefault(p => p.Name == "hostile") is { } hostile
            ? (double)hostile.PeakRss / clean.PeakRss
            : null;

    private static string Signal(int code) => code switch
    {
        134 => " (SIGABRT)",
        137 => " (SIGKILL: the OOM killer, or a kill)",
        139 => " (SIGSEGV)",
        _ => string.Empty,
    };
}
