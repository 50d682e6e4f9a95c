using Microsoft.Extensions.Logging;
using UpCloud.Api;
using UpCloud.GatewayExporter.Polling.Audit;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.GatewayExporter.Tests.Polling.Audit;

public sealed class AuditLogReaderTests
{
    [Fact]
    public async Task The_first_read_counts_the_last_24_hours_and_the_next_only_what_is_new_a_minute_later()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var (exported, other) = (cloud.Gateways.Take(2).Select(g => g.Uuid).ToList(), cloud.Gateways[2].Uuid);
        var now = cloud.Time.GetUtcNow();
        var log = cloud.Fleet.AuditLog;
        log.Record(exported[0], "update", "api", now - TimeSpan.FromHours(25));
        log.Record(exported[0], "update", "api", now - TimeSpan.FromHours(2));
        log.Record(exported[0], "maintenance-start", "upcloud_internal", now - TimeSpan.FromMinutes(30));
        log.Record(exported[1], "stop", "gui", now - TimeSpan.FromMinutes(10));
        log.Record(other, "update", "api", now - TimeSpan.FromMinutes(20));
        log.Record(exported[0], "start", "api", now - TimeSpan.FromMinutes(4), resourceType: "server");
        using var reader = new ReaderUnderTest(cloud);

        var first = await reader.ReadAsync(exported);

        Assert.True(first.Readable);
        Assert.Equal(exported.Order(StringComparer.Ordinal), first.Gateways.Keys.Order(StringComparer.Ordinal));
        var gateway = first.Gateways[exported[0]];
        Assert.Equal([("maintenance-start", "upcloud_internal", 1L), ("update", "api", 1L)], gateway.Events);
        Assert.Equal([("api", now - TimeSpan.FromHours(2))], gateway.LastChange);
        Assert.Equal(now - TimeSpan.FromMinutes(30), gateway.LastMaintenance);
        Assert.Equal([("gui", now - TimeSpan.FromMinutes(10))], first.Gateways[exported[1]].LastChange);

        // Another event at the newest instant counted (the stop's), and one later: each counts once, the stop not again,
        // and only once a minute has passed.
        log.Record(exported[1], "start", "gui", now - TimeSpan.FromMinutes(10));
        log.Record(exported[0], "update", "api", now);
        cloud.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Same(first, await reader.ReadAsync(exported));
        cloud.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await reader.ReadAsync(exported);
        cloud.Time.Advance(AuditLogReader.Interval);
        var third = await reader.ReadAsync(exported);

        Assert.Equal(2, second.Gateways[exported[0]].Events.Single(e => e.Action == "update").Count);
        Assert.Equal([("gui", 1L), ("gui", 1L)], second.Gateways[exported[1]].Events.Select(e => (e.Origin, e.Count)));
        Assert.Equal(second.Gateways.Values.SelectMany(g => g.Events), third.Gateways.Values.SelectMany(g => g.Events));
        Assert.Equal(3, cloud.Simulator.Requests.Count(RouteTemplates.AuditLogs));
        Assert.Empty(reader.Log.Entries);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Full_pages_are_followed_to_the_end_of_the_window_in_either_order_and_every_event_counts_once(bool newestFirst)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var uuid = cloud.Gateways[0].Uuid;
        var now = cloud.Time.GetUtcNow();
        cloud.Fleet.AuditLog.NewestFirst = newestFirst;
        for (var i = 0; i < 250; i++)
        {
            cloud.Fleet.AuditLog.Record(uuid, "update", "api", now - TimeSpan.FromMinutes(300 - i));
        }

        // Three more at the newest instant: a page edge or the next read must not count them twice.
        for (var i = 0; i < 3; i++)
        {
            cloud.Fleet.AuditLog.Record(uuid, "update", "gui", now - TimeSpan.FromMinutes(51));
        }

        using var reader = new ReaderUnderTest(cloud);

        var first = await reader.ReadAsync([uuid]);
        cloud.Time.Advance(AuditLogReader.Interval);
        var second = await reader.ReadAsync([uuid]);

        Assert.Equal(253, first.Gateways[uuid].Events.Sum(e => e.Count));
        Assert.Equal(first.Gateways[uuid].Events, second.Gateways[uuid].Events);
        Assert.Equal(3 + 1, cloud.Simulator.Requests.Count(RouteTemplates.AuditLogs));
    }

    [Fact]
    public async Task A_full_page_at_one_instant_is_skipped_past_so_later_events_still_count()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var uuid = cloud.Gateways[0].Uuid;
        var now = cloud.Time.GetUtcNow();
        cloud.Fleet.AuditLog.NewestFirst = false;
        for (var i = 0; i < 150; i++)
        {
            cloud.Fleet.AuditLog.Record(uuid, "update", "api", now - TimeSpan.FromMinutes(10));
        }

        for (var i = 0; i < 5; i++)
        {
            cloud.Fleet.AuditLog.Record(uuid, "stop", "gui", now - TimeSpan.FromMinutes(5 - i));
        }

        using var reader = new ReaderUnderTest(cloud);

        var first = await reader.ReadAsync([uuid]);
        cloud.Time.Advance(AuditLogReader.Interval);
        var second = await reader.ReadAsync([uuid]);

        Assert.Equal([("update", "api", 100L)], first.Gateways[uuid].Events);
        Assert.Equal([("stop", "gui", 5L), ("update", "api", 100L)], second.Gateways[uuid].Events);
        var line = Assert.Single(reader.Log.Entries);
        Assert.Contains("more than a page of them at one instant", line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "did not accept the credentials")]
    [InlineData(403, "lacks permission to read the account's audit log")]
    [InlineData(404, "serves no audit log")]
    public async Task A_refusal_stops_the_reads_for_good_with_one_line_saying_why(int status, string why)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.AuditLogs, Kind = FaultKind.Status, StatusCode = status });
        using var reader = new ReaderUnderTest(cloud);

        var refused = await reader.ReadAsync([cloud.Gateways[0].Uuid]);
        cloud.Time.Advance(TimeSpan.FromHours(1));
        var later = await reader.ReadAsync([cloud.Gateways[0].Uuid]);

        Assert.Equal((AuditLogState.Refused, false), (refused.State, refused.Readable));
        Assert.Same(refused, later);
        Assert.Equal(1, cloud.Simulator.Requests.Count(RouteTemplates.AuditLogs));
        var line = Assert.Single(reader.Log.Entries);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.StartsWith($"The audit log answered HTTP {status}: ", line.Message, StringComparison.Ordinal);
        Assert.Contains(why, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_failure_is_tried_again_a_minute_later_and_what_was_missed_meanwhile_is_counted_then()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var uuid = cloud.Gateways[0].Uuid;
        var outage = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.AuditLogs, Kind = FaultKind.Status, StatusCode = 503 });
        using var reader = new ReaderUnderTest(cloud);

        var failing = await reader.ReadAsync([uuid]);
        cloud.Fleet.AuditLog.Record(uuid, "maintenance-start", "upcloud_internal", cloud.Time.GetUtcNow());
        cloud.Time.Advance(TimeSpan.FromSeconds(30));
        await reader.ReadAsync([uuid]);
        cloud.Time.Advance(TimeSpan.FromSeconds(30));
        var stillFailing = await reader.ReadAsync([uuid]);
        cloud.Simulator.Faults.Remove(outage);
        cloud.Time.Advance(AuditLogReader.Interval);
        var back = await reader.ReadAsync([uuid]);

        Assert.Equal((AuditLogState.Failing, AuditLogState.Failing, AuditLogState.Readable), (failing.State, stillFailing.State, back.State));
        Assert.Equal(cloud.Time.GetUtcNow() - (2 * AuditLogReader.Interval), back.Gateways[uuid].LastMaintenance);
        Assert.Equal(3, cloud.Simulator.Requests.Count(RouteTemplates.AuditLogs));
        Assert.Equal([(LogLevel.Warning, true), (LogLevel.Information, false)], reader.Log.Entries.Select(e => (e.Level, e.Message.Contains("HTTP 503", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Events_of_a_gateway_one_poll_missed_count_when_it_is_back()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var (missed, other) = (cloud.Gateways[0].Uuid, cloud.Gateways[1].Uuid);
        cloud.Fleet.AuditLog.Record(missed, "update", "api", cloud.Time.GetUtcNow());
        using var reader = new ReaderUnderTest(cloud);
        await reader.ReadAsync([missed, other]);

        cloud.Time.Advance(AuditLogReader.Interval);
        cloud.Fleet.AuditLog.Record(missed, "stop", "gui", cloud.Time.GetUtcNow());
        var without = await reader.ReadAsync([other]);
        cloud.Time.Advance(AuditLogReader.Interval);
        var back = await reader.ReadAsync([missed, other]);

        Assert.False(without.Gateways.ContainsKey(missed));
        Assert.Equal([("stop", "gui", 1L), ("update", "api", 1L)], back.Gateways[missed].Events);
    }

    [Fact]
    public async Task A_gateway_missing_from_some_polls_keeps_its_counts_and_one_gone_for_good_is_forgotten()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var (kept, gone) = (cloud.Gateways[0].Uuid, cloud.Gateways[1].Uuid);
        cloud.Fleet.AuditLog.Record(kept, "update", "api", cloud.Time.GetUtcNow());
        cloud.Fleet.AuditLog.Record(gone, "update", "api", cloud.Time.GetUtcNow());
        using var reader = new ReaderUnderTest(cloud);
        await reader.ReadAsync([kept, gone]);

        // kept is missed by three polls (a page shift), gone by every poll for longer than the retention.
        for (var poll = 0; poll < 30; poll++)
        {
            cloud.Time.Advance(TimeSpan.FromSeconds(30));
            await reader.ReadAsync(poll < 3 ? [] : [kept]);
        }

        cloud.Fleet.AuditLog.Record(kept, "update", "api", cloud.Time.GetUtcNow());
        cloud.Time.Advance(AuditLogReader.Interval);
        var after = await reader.ReadAsync([kept, gone]);

        Assert.Equal(2, after.Gateways[kept].Events.Single().Count);
        Assert.False(after.Gateways.ContainsKey(gone));
    }

    /// <summary>A reader over HTTP on the simulator's clock, its log kept.</summary>
    private sealed class ReaderUnderTest : IDisposable
    {
        private readonly HttpClient _http;
        private readonly AuditLogReader _reader;

        public ReaderUnderTest(SimulatedCloud cloud)
        {
            _http = new HttpClient { BaseAddress = cloud.Simulator.BaseAddress };
            _reader = new AuditLogReader(new UpCloudClient(_http, UpCloudCredentials.Bearer(TestCredentials.Token)), cloud.Time, new AuditLogLog(Log));
        }

        public ListLogger<AuditLogReader> Log { get; } = new();

        public Task<AuditLogSummary> ReadAsync(IEnumerable<string> exported) => _reader.ReadAsync(exported, CancellationToken.None);

        public void Dispose() => _http.Dispose();
    }
}
