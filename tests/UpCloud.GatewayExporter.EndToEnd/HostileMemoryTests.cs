using System.Diagnostics;
using System.Globalization;
using System.Net;
using UpCloud.GatewayExporter.EndToEnd.Support;
using UpCloud.Simulator;
using Xunit.Abstractions;

namespace UpCloud.GatewayExporter.EndToEnd;

/// <summary>
/// Hostile answers cost bounded memory, and the process never dies of them: the exporter, measured first against a
/// clean API, then polls a mutating one (<see cref="HostileApi"/>) from inside a memory cgroup of twice that clean peak.
/// </summary>
public sealed class HostileMemoryTests(ITestOutputHelper output)
{
    private const int Gateways = 105;
    private const int CleanPolls = 10;
    private const int HostilePolls = 30;
    private const double HostileShare = 0.3;
    private const double MiB = 1024 * 1024;

    // A bound on each wait for polls, far above the second a poll takes, for a machine loaded by other builds.
    private static readonly TimeSpan PollsLimit = TimeSpan.FromMinutes(5);

    [MemoryCgroupFact]
    public async Task In_a_cgroup_of_twice_its_clean_peak_a_hostile_api_leaves_the_exporter_alive_serving_and_counting()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var cleanPeak = await CleanPeakAsync(http);
        var limit = 2 * cleanPeak;

        await using var simulator = await StartSimulatorAsync();
        await using var cgroup = MemoryCgroup.TryCreate($"upcloud-gateway-e2e-{Environment.ProcessId}", limit, out var whyNot)
            ?? throw new InvalidOperationException($"{whyNot}; {MemoryCgroupFactAttribute.WhyNot}");
        await using var exporter = await StartExporterAsync(http, simulator, cgroup);
        var before = Sum(await ScrapeAsync(http, exporter), Polls);
        HostileApi.Inject(simulator.Faults, HostileShare);

        // Tens of polls meet hostile answers, about a third of a poll's requests each; a dead exporter ends the wait at once.
        var after = await ScrapeUntilAsync(http, exporter, text => Sum(text, Polls) >= before + HostilePolls, $"{HostilePolls} hostile polls");
        var what = $"in a {limit / MiB:F0} MiB cgroup (twice the clean peak of {cleanPeak / MiB:F1} MB): failcnt {cgroup.Failures}, oom_kill {cgroup.OomKills}, peak usage {cgroup.PeakUsage / MiB:F1} MiB";
        if (after is null)
        {
            Assert.Fail($"the exporter died with exit code {exporter.ExitCode} {what}\n{exporter.Output}");
        }

        Assert.Equal(0, cgroup.OomKills);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(exporter.BaseAddress, "metrics"))).StatusCode);

        var codes = Sum(after, "upcloud_gateway_exporter_api_requests_total", by: "code");
        output.WriteLine($"alive after {Sum(after, Polls) - before} hostile polls {what}; peak RSS {PeakRss(exporter.Pid) / MiB:F1} MB; API attempts {string.Join(", ", codes)}");
        Assert.True(Sum(after, "upcloud_gateway_exporter_poll_failures_total") > 0, "no poll failed on a hostile gateway list");

        // A poll whose list failed withholds every gateway series, so the gateway whose metrics failed is looked for in the next scrapes.
        var withheld = await ScrapeUntilAsync(http, exporter, text => ExpositionText.Parse(text).Named("upcloud_gateway_metrics_up").Any(sample => sample.Value == 0), "a gateway whose metrics failed");
        Assert.True(withheld is not null, $"the exporter died with exit code {exporter.ExitCode} {what}\n{exporter.Output}");
        Assert.All(new[] { "302", "429", "500", "error" }, code => Assert.True(codes.GetValueOrDefault(code) > 0, $"no {code} among the API attempts: {string.Join(", ", codes)}"));
    }

    /// <summary>The exporter's VmHWM after <see cref="CleanPolls"/> polls of the same fleet answering cleanly.</summary>
    private static async Task<long> CleanPeakAsync(HttpClient http)
    {
        await using var simulator = await StartSimulatorAsync();
        await using var exporter = await StartExporterAsync(http, simulator, cgroup: null);
        _ = await ScrapeUntilAsync(http, exporter, text => Sum(text, Polls) >= CleanPolls, $"{CleanPolls} clean polls") ?? throw new InvalidOperationException($"the exporter died on a clean API with exit code {exporter.ExitCode}:\n{exporter.Output}");
        return PeakRss(exporter.Pid);
    }

    /// <summary>The first scrape that satisfies <paramref name="done"/>; null if the exporter died first.</summary>
    private static async Task<string?> ScrapeUntilAsync(HttpClient http, ExporterProcess exporter, Func<string, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!exporter.HasExited)
        {
            string text;
            try
            {
                text = await ScrapeAsync(http, exporter);
            }
            catch (HttpRequestException)
            {
                if (await ExitsAsync(exporter))
                {
                    return null;
                }

                throw;
            }

            if (done(text))
            {
                return text;
            }

            if (clock.Elapsed > PollsLimit)
            {
                throw new TimeoutException($"no {what} within {PollsLimit.TotalMinutes} minutes ({Sum(text, Polls)} polls):\n{exporter.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return null;
    }

    private static Task<UpCloudSimulator> StartSimulatorAsync() =>
        UpCloudSimulator.StartAsync(new SimulatorOptions { Gateways = Gateways, Token = TestCredentials.Token, Latency = TimeSpan.FromMilliseconds(5) });

    private static async Task<ExporterProcess> StartExporterAsync(HttpClient http, UpCloudSimulator simulator, MemoryCgroup? cgroup)
    {
        var exporter = ExporterProcess.Start(RepositoryPaths.ExporterAssembly, [], new Dictionary<string, string>
        {
            ["UPCLOUD_TOKEN"] = TestCredentials.Token,
            ["UPCLOUD_API_URL"] = simulator.BaseAddress.AbsoluteUri,
            ["UPCLOUD_POLL_INTERVAL"] = "1s",
            ["EXPORTER_LOG_LEVEL"] = "error",
        }, FreePort.Pick(), cgroup);
        if (await exporter.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60)))
        {
            return exporter;
        }

        await exporter.DisposeAsync();
        throw new InvalidOperationException($"the exporter did not publish its first poll within 60 s:\n{exporter.Output}");
    }

    private const string Polls = "upcloud_gateway_exporter_polls_total";

    /// <summary>Whether a scrape failed because the exporter is ending: it has exited, or does within seconds.</summary>
    private static async Task<bool> ExitsAsync(ExporterProcess exporter)
    {
        for (var waited = 0; waited < 50 && !exporter.HasExited; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return exporter.HasExited;
    }

    private static Task<string> ScrapeAsync(HttpClient http, ExporterProcess exporter) => http.GetStringAsync(new Uri(exporter.BaseAddress, "metrics"));

    private static long PeakRss(int pid) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(line => long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024)
            .Single();

    private static double Sum(string exposition, string name) => ExpositionText.Parse(exposition).Named(name).Sum(sample => sample.Value);

    private static Dictionary<string, double> Sum(string exposition, string name, string by) =>
        ExpositionText.Parse(exposition).Named(name)
            .GroupBy(sample => sample.Labels.GetValueOrDefault(by, string.Empty))
            .ToDictionary(group => group.Key, group => group.Sum(sample => sample.Value));
}
