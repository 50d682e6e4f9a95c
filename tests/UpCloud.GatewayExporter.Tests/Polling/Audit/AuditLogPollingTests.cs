using System.Net.Http.Headers;
using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling.Audit;

/// <summary>
/// The audit log through the running exporter. The exporter runs on the system clock and reads the last 24 hours of it,
/// so these tests date their events by the system clock too, whatever the simulator's frozen one says.
/// </summary>
public sealed class AuditLogPollingTests
{
    // Planted in every field the exporter must never export or log.
    private static readonly string[] Canaries = ["canary-user-Qx7", "192.0.2.77", "canary-auth-Zp3", "canary-corr-Lm9", "canary-state-Vb4", "canary-prev-Hn2"];

    [Fact]
    public async Task The_exported_gateways_events_reach_the_metrics_and_nothing_personal_reaches_metrics_or_log()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var (exported, filtered) = (cloud.Gateways[0], cloud.Gateways[1]);
        var now = DateTimeOffset.UtcNow;
        Plant(cloud.Fleet.AuditLog.Record(exported.Uuid, "maintenance-start", "upcloud_internal", now - TimeSpan.FromMinutes(5)));
        Plant(cloud.Fleet.AuditLog.Record(exported.Uuid, "update", "api", now - TimeSpan.FromMinutes(3)));
        Plant(cloud.Fleet.AuditLog.Record(filtered.Uuid, "update", "api", now - TimeSpan.FromMinutes(2)));
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_GATEWAYS", exported.Uuid, "--EXPORTER_LOG_LEVEL", "debug"]);

        var text = await exporter.WaitUntilAsync(scrape => scrape.Named(AuditEvents).Any(), "the audit log was read");

        var gateway = SeriesOf.Gateway(exported);
        Assert.Equal(1, text.Value(AuditLogUp));
        Assert.Equal(1, text.Value(AuditEvents, [.. gateway, ("action", "maintenance-start"), ("origin", "upcloud_internal")]));
        Assert.Equal(1, text.Value(AuditEvents, [.. gateway, ("action", "update"), ("origin", "api")]));
        Assert.Equal((now - TimeSpan.FromMinutes(3)).ToUnixTimeMilliseconds() / 1000.0, text.Value(LastChange, [.. gateway, ("origin", "api")]));
        Assert.Equal((now - TimeSpan.FromMinutes(5)).ToUnixTimeMilliseconds() / 1000.0, text.Value(LastMaintenance, gateway));
        Assert.DoesNotContain(text.Samples, s => s.Labels.GetValueOrDefault("gateway_uuid") == filtered.Uuid);
        Assert.True(text.Value(ApiRequests, ("endpoint", UpCloudRoutes.AuditLogs), ("code", "200")) >= 1);

        var everything = await exporter.ScrapeTextAsync() + await ScrapeOpenMetricsAsync(exporter) + exporter.Stdout + exporter.Stderr;
        Assert.All(Canaries, canary => Assert.DoesNotContain(canary, everything, StringComparison.Ordinal));
        var served = await cloud.GetBodyAsync("1.3/audit-logs");
        Assert.All(Canaries, canary => Assert.Contains(canary, served, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_audit_log_answering_403_everything_else_is_exported_and_one_log_line_says_why()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2, options => options.AuditLogForbidden = true);
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(3);

        Assert.Equal(1, text.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(0, text.Value(AuditLogUp));
        Assert.Empty(text.Named(AuditEvents));
        Assert.Equal(1, text.Value(ApiRequests, ("endpoint", UpCloudRoutes.AuditLogs), ("code", "403")));
        var line = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning));
        Assert.StartsWith("The audit log answered HTTP 403: the API user likely lacks permission to read the account's audit log", line, StringComparison.Ordinal);
        Assert.Contains("UPCLOUD_AUDIT_LOG=off", line, StringComparison.Ordinal);
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Error));
    }

    [Fact]
    public async Task Turned_off_the_audit_log_is_never_asked_and_has_no_series()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        cloud.Fleet.AuditLog.Record(cloud.Gateways[0].Uuid, "update", "api", DateTimeOffset.UtcNow);
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_AUDIT_LOG", "off"]);

        var text = await exporter.WaitForPollsAsync(2);

        Assert.Equal(0, cloud.Simulator.Requests.Count(RouteTemplates.AuditLogs));
        Assert.Empty(text.Named(AuditLogUp));
        Assert.Empty(text.Named(AuditEvents));
    }

    [Fact]
    public async Task A_hostile_audit_log_answer_costs_nothing_else_bounds_what_it_keeps_and_says_so_once_per_kind()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var target = cloud.Gateways[0];
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        var entries = Enumerable.Range(0, 70).Select(i => $$"""{"cloud_event_id":"01HOSTILE{{i:D4}}","time":"{{at}}","action":"action-{{i}}","origin":"api","resource_type":"network-gateway","resource_id":"{{target.Uuid}}"}""")
            .Append($$"""{"time":"{{at}}","action":"update","origin":"api","resource_type":"network-gateway","resource_id":"{{target.Uuid}}"}""")
            .Append($$"""{"cloud_event_id":"01FUTURE","time":"{{DateTimeOffset.UtcNow.AddDays(1):O}}","action":"maintenance-start","origin":"upcloud_internal","resource_type":"network-gateway","resource_id":"{{target.Uuid}}"}""")
            .Append("5")
            .Append($$"""{"cloud_event_id":"01LONG","time":"{{at}}","action":"{{new string('x', 300)}}\u0007","origin":"api","resource_type":"network-gateway","resource_id":"{{target.Uuid}}"}""");
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.AuditLogs, Kind = FaultKind.CustomBody, Body = $$"""{"audit_logs":[{{string.Join(',', entries)}}]}""" });
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitUntilAsync(scrape => scrape.Named(AuditEvents).Any(), "the audit log was read");

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(1, text.Value(AuditLogUp));
        var events = text.Where(AuditEvents, SeriesOf.Gateway(target)).ToList();
        Assert.Equal(65, events.Count);
        Assert.Equal(71 - 64, events.Single(e => e["action"] == "other").Value);
        Assert.Empty(text.Named(LastMaintenance));
        var warnings = LogLines.At(exporter.Stdout, LogLines.Warning);
        Assert.Single(warnings, line => line.Contains("2 entries without a readable cloud_event_id or time", StringComparison.Ordinal));
        Assert.Single(warnings, line => line.Contains("1 entries dated more than 5 minutes ahead", StringComparison.Ordinal));
        Assert.Single(warnings, line => line.Contains("1 gateways have audit log events of more than 64 kinds", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Error));
    }

    private static void Plant(SimAuditEvent entry)
    {
        (entry.AccountUsername, entry.IpAddress, entry.AuthType, entry.CorrelationId) = (Canaries[0], Canaries[1], Canaries[2], Canaries[3]);
        entry.CurrentState["psk"] = Canaries[4];
        entry.PreviousState["password"] = Canaries[5];
    }

    private static async Task<string> ScrapeOpenMetricsAsync(RunningExporter exporter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/openmetrics-text"));
        using var response = await exporter.Http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
