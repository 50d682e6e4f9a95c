using UpCloud.GatewayExporter.EndToEnd.Api;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>
/// The demo exporter and a Prometheus scraping it, started once for the collection and warmed up:
/// enough scrapes for rate() and increase() windows, and every rule group evaluated. Starts nothing
/// when the tests are skipped (prometheus or promtool missing outside CI).
/// </summary>
public sealed class MonitoringStack : IAsyncLifetime
{
    /// <summary>How long the stack may take to warm up.</summary>
    public static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long a test waits for a query that returns no data yet.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Scrapes of the exporter Prometheus must have stored: two suffice for rate(), a few more ride out a slow start.</summary>
    private const int WarmUpScrapes = 5;

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ExporterProcess? exporter;
    private PrometheusProcess? prometheus;
    private PrometheusClient? api;

    internal HttpClient Http => http;

    internal ExporterProcess Exporter => exporter ?? throw new InvalidOperationException("the stack is not running");

    internal PrometheusClient PrometheusApi => api ?? throw new InvalidOperationException("the stack is not running");

    public async Task InitializeAsync()
    {
        if (ExternalTools.Prometheus.SkipReason is not null)
        {
            return;
        }

        ExternalTools.Prometheus.Require();
        try
        {
            exporter = await ReadyExporter.StartDemoAsync(http);
            prometheus = await PrometheusProcess.StartAsync(exporter.Target, http);
            api = new PrometheusClient(http, prometheus.BaseAddress);
            if (!await Eventually.HoldsAsync(IsWarmAsync, WarmUpLimit))
            {
                throw new InvalidOperationException(
                    $"Prometheus had not scraped the exporter {WarmUpScrapes} times and evaluated every rule within {WarmUpLimit.TotalSeconds}s."
                    + $"\n--- Prometheus\n{prometheus.Output}\n--- exporter\n{exporter.Output}");
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (prometheus is not null)
        {
            await prometheus.DisposeAsync();
            prometheus = null;
        }

        if (exporter is not null)
        {
            await exporter.DisposeAsync();
            exporter = null;
        }

        http.Dispose();
    }

    private async Task<bool> IsWarmAsync()
    {
        var scrapes = await PrometheusApi.QueryAsync(
            $"count_over_time(up{{job=\"{PrometheusConfig.Job}\"}}[1m]) >= {WarmUpScrapes} and up{{job=\"{PrometheusConfig.Job}\"}} == 1");
        if (scrapes.Series.Count == 0)
        {
            return false;
        }

        var groups = await PrometheusApi.GetRuleGroupsAsync();
        return groups.Count > 0 && groups.All(group => group.Rules.All(rule => rule.Health != "unknown"));
    }
}
