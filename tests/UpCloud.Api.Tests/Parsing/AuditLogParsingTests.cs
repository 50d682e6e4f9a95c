using System.Text.Json;
using UpCloud.Api.Json;
using UpCloud.Api.Models;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class AuditLogParsingTests
{
    private static readonly DateTimeOffset After = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly AuditLogQuery Query = new("network-gateway", After, null, 100);

    [Fact]
    public async Task A_page_is_asked_for_with_repeatable_filters_and_an_inclusive_window()
    {
        using var api = new StubApi(StubHandler.Serving("audit-logs.json"));

        await api.Client.AuditLogs.ListAsync(Query with { CreatedBefore = After.AddHours(1).AddTicks(15) });

        api.AssertOnlyRequest(UpCloudRoutes.AuditLogs,
            "/1.3/audit-logs?resource_types=network-gateway&created_after=2026-11-24T12%3A00%3A00.000000Z&created_before=2026-11-24T13%3A00%3A00.000001Z&limit=100");
    }

    [Fact]
    public async Task A_page_reads_the_six_exported_fields_of_each_entry()
    {
        using var api = new StubApi(StubHandler.Serving("audit-logs.json"));

        var entries = await api.Client.AuditLogs.ListAsync(Query);

        Assert.Equal(2, entries.Count);
        var maintenance = entries[0]!;
        Assert.Equal(("01JQ3Z7M8K5X2C4V6B8N0P1R3T", "maintenance-start", "network-gateway", "0a6e3f5c-1d2b-4c8e-9f00-5b7d2e1a4c90", "upcloud_internal"),
            (maintenance.CloudEventId, maintenance.Action, maintenance.ResourceType, maintenance.ResourceId, maintenance.Origin));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 48, 0, TimeSpan.Zero).AddTicks(1_234_560), maintenance.Time);
        Assert.Equal(("update", "api"), (entries[1]!.Action, entries[1]!.Origin));
    }

    [Fact]
    public void The_model_of_an_entry_has_no_place_for_who_acted_from_where_or_the_resource_before_and_after()
    {
        var modelled = typeof(AuditLogEvent).GetProperties().Select(p => p.Name).Order();

        Assert.Equal(["Action", "CloudEventId", "Origin", "ResourceId", "ResourceType", "Time"], modelled);
    }

    [Fact]
    public async Task What_an_entry_says_of_who_acted_and_of_the_resource_is_gone_once_read()
    {
        using var api = new StubApi(StubHandler.Serving("audit-logs.json"));

        var read = JsonSerializer.Serialize(new AuditLogPage { Entries = await api.Client.AuditLogs.ListAsync(Query) }, UpCloudJsonContext.Default.AuditLogPage);

        foreach (var personal in new[] { "ops-alice", "ops-bob", "198.51.100.23", "203.0.113.7", "password", "token", "state-secret-never-export-1", "01JQ3Z7M8K5X2C4V6B8N0P1R3V", "connection" })
        {
            Assert.DoesNotContain(personal, read, StringComparison.Ordinal);
        }

        Assert.Contains("maintenance-start", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_reads_as_missing_and_an_entry_that_is_no_object_keeps_its_place_as_null()
    {
        const string Body = """
            {"audit_logs": [
              {"cloud_event_id": 7, "time": 1764071280, "action": ["update"], "resource_type": {"x": 1}, "resource_id": true, "origin": null},
              5, null, "text", [1, 2],
              {"cloud_event_id": "01JQ", "time": "not a time", "action": "stop", "origin": "gui"}
            ]}
            """;
        using var api = new StubApi(new StubHandler(_ => Responses.Json(Body)));

        var entries = await api.Client.AuditLogs.ListAsync(Query);

        Assert.Equal(6, entries.Count);
        Assert.Equal(new AuditLogEvent(), entries[0]);
        Assert.All(entries.Skip(1).Take(4), Assert.Null);
        Assert.Equal(new AuditLogEvent { CloudEventId = "01JQ", Action = "stop", Origin = "gui" }, entries[5]);
    }

    [Theory]
    [InlineData("""{"entries": []}""", "the body has no audit_logs array")]
    [InlineData("""{"audit_logs": null}""", "the body has no audit_logs array")]
    [InlineData("""{"audit_logs": 5}""", "at $.audit_logs")]
    [InlineData("""[{"cloud_event_id": "01JQ"}]""", "the body is not the documented JSON")]
    public async Task A_body_that_is_not_the_wrapped_list_fails_as_an_invalid_response(string body, string expected)
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var failure = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.AuditLogs.ListAsync(Query));

        Assert.Equal(UpCloudFailure.InvalidResponse, failure.Failure);
        Assert.Equal(UpCloudRoutes.AuditLogs, failure.Route);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_1_to_100_is_refused_before_any_request(int limit)
    {
        using var api = new StubApi(StubHandler.Serving("audit-logs.json"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => api.Client.AuditLogs.ListAsync(Query with { Limit = limit }));

        Assert.Empty(api.Handler.Requests);
    }
}
