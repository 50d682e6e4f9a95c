using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Api.Tests.OverHttp;

public sealed class AuditLogApiTests
{
    [Fact]
    public async Task The_audit_log_over_http_returns_the_gateway_events_of_the_window_and_only_the_modelled_fields()
    {
        await using var h = await SimulatedCloud.StartAsync(1);
        var client = h.Client();
        var gateway = h.Gateways[0].Uuid;
        var log = h.Simulator.Fleet.AuditLog;
        var start = TestClock.Start;
        log.Record(gateway, "update", "api", start.AddMinutes(-90));
        var maintenance = log.Record(gateway, "maintenance-start", "upcloud_internal", start.AddMinutes(-30));
        log.Record(gateway, "stop", "gui", start.AddMinutes(-10));
        log.Record("server-1", "start", "api", start.AddMinutes(-20), resourceType: "server");

        var entries = await client.AuditLogs.ListAsync(new AuditLogQuery("network-gateway", maintenance.Time, null, 100));

        Assert.Equal(["stop", "maintenance-start"], entries.Select(e => e!.Action));
        Assert.Equal((maintenance.CloudEventId, maintenance.Time, gateway, "upcloud_internal", "network-gateway"),
            (entries[1]!.CloudEventId, entries[1]!.Time, entries[1]!.ResourceId, entries[1]!.Origin, entries[1]!.ResourceType));
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.AuditLogs));
    }
}
