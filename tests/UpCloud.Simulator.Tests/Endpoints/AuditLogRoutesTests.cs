using System.Net;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Endpoints;

public sealed class AuditLogRoutesTests
{
    [Fact]
    public async Task The_audit_log_is_a_wrapped_list_of_entries_with_every_field_the_API_sends_personal_ones_included()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 1);
        var gateway = api.Fleet.Gateways[0].Uuid;
        api.Fleet.AuditLog.Record(gateway, "maintenance-start", "upcloud_internal", TestClock.Start.AddMinutes(-5).AddTicks(1_234_560));

        var body = await api.GetJsonAsync(Paths.AuditLogs);

        Assert.Equal(["audit_logs"], body.EnumerateObject().Select(p => p.Name));
        var entry = Assert.Single(body.GetProperty("audit_logs").EnumerateArray());
        Assert.Equal(
            ["account_username", "action", "auth_type", "cloud_event_id", "current_state", "ip_address", "origin", "previous_state", "resource_id", "resource_type", "time", "upcloud_correlation_id"],
            entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("maintenance-start", "upcloud_internal", "network-gateway", gateway, "2026-12-01T11:55:00.123456Z"), (
            entry.GetProperty("action").GetString(), entry.GetProperty("origin").GetString(), entry.GetProperty("resource_type").GetString(),
            entry.GetProperty("resource_id").GetString(), entry.GetProperty("time").GetString()));
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", entry.GetProperty("cloud_event_id").GetString());
        Assert.Equal(JsonValueKind.Object, entry.GetProperty("current_state").ValueKind);
        Assert.NotEmpty(entry.GetProperty("ip_address").GetString()!);
    }

    [Fact]
    public async Task Repeated_keys_filter_by_type_action_and_origin_and_both_bounds_of_the_window_are_inclusive()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 1);
        var gateway = api.Fleet.Gateways[0].Uuid;
        var log = api.Fleet.AuditLog;
        var update = log.Record(gateway, "update", "api", TestClock.Start.AddMinutes(-40));
        var stop = log.Record(gateway, "stop", "gui", TestClock.Start.AddMinutes(-30));
        var maintenance = log.Record(gateway, "maintenance-start", "upcloud_internal", TestClock.Start.AddMinutes(-20));
        log.Record("server-1", "stop", "api", TestClock.Start.AddMinutes(-25), resourceType: "server");

        Assert.Equal([maintenance.CloudEventId, stop.CloudEventId, update.CloudEventId],
            await IdsAsync(api, "?resource_types=network-gateway"));
        Assert.Equal([stop.CloudEventId, update.CloudEventId],
            await IdsAsync(api, "?resource_types=network-gateway&actions=update&actions=stop"));
        Assert.Equal([maintenance.CloudEventId, stop.CloudEventId],
            await IdsAsync(api, "?origins=upcloud_internal&origins=gui"));
        Assert.Equal([maintenance.CloudEventId, stop.CloudEventId],
            await IdsAsync(api, $"?resource_types=network-gateway&created_after={Instant(stop.Time)}&created_before={Instant(maintenance.Time)}"));
    }

    [Fact]
    public async Task Pages_hold_50_entries_by_default_and_100_at_most_newest_first_and_offset_counts_entries()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 1);
        var gateway = api.Fleet.Gateways[0].Uuid;
        var recorded = Enumerable.Range(0, 120).Select(i => api.Fleet.AuditLog.Record(gateway, "update", "api", TestClock.Start.AddMinutes(-200 + i))).ToList();

        var byDefault = await IdsAsync(api, "");
        var full = await IdsAsync(api, "?limit=100");
        var second = await IdsAsync(api, "?limit=100&offset=100");
        api.Fleet.AuditLog.NewestFirst = false;
        var oldestFirst = await IdsAsync(api, "?limit=3");
        using var tooMany = await api.GetAsync(Paths.AuditLogs + "?limit=101");

        Assert.Equal(recorded.AsEnumerable().Reverse().Take(50).Select(e => e.CloudEventId), byDefault);
        Assert.Equal(100, full.Count);
        Assert.Equal(recorded.Take(20).Reverse().Select(e => e.CloudEventId), second);
        Assert.Equal(recorded.Take(3).Select(e => e.CloudEventId), oldestFirst);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task An_account_without_audit_log_access_gets_a_403_problem_there_and_everything_else_as_usual()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.AuditLogForbidden = true);

        using var refused = await api.GetAsync(Paths.AuditLogs);
        using var list = await api.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(403, JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task The_fleet_records_its_own_changes_as_made_from_the_API()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 2);
        var changed = api.Fleet.Gateways[0];
        var connection = changed.Connections[0];

        var added = api.Fleet.AddGateway("new-gw");
        api.Fleet.RemoveTunnel(changed.Uuid, connection.Uuid, connection.Tunnels[0].Uuid);
        api.Fleet.RemoveGateway(api.Fleet.Gateways[1].Uuid);

        Assert.Equal([(added.Uuid, "create"), (changed.Uuid, "update")], api.Fleet.AuditLog.Events.Take(2).Select(e => (e.ResourceId!, e.Action)));
        Assert.Equal("delete", api.Fleet.AuditLog.Events[2].Action);
        Assert.All(api.Fleet.AuditLog.Events, e => Assert.Equal(("api", "network-gateway", TestClock.Start), (e.Origin, e.ResourceType, e.Time)));
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<List<string>> IdsAsync(SimulatedCloud api, string query) =>
        [.. (await api.GetJsonAsync(Paths.AuditLogs + query)).GetProperty("audit_logs").EnumerateArray().Select(e => e.GetProperty("cloud_event_id").GetString()!)];
}
