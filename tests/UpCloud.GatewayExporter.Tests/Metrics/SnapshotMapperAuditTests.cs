using UpCloud.GatewayExporter.Polling.Audit;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperAuditTests
{
    private const string AuditLogUp = "upcloud_gateway_exporter_audit_log_up";

    [Fact]
    public void An_exported_gateway_gets_its_event_counts_its_last_change_by_origin_and_its_last_maintenance()
    {
        var registry = new MappedRegistry();

        var text = registry.Apply(WithAudit(Snapshot(Observed(Gateway("gw-1", "hq"), Readings([]))), AuditLogState.Readable, ("GW-1", Audited(5, 10))));

        Assert.Equal(1, text.Value("upcloud_gateway_audit_events_total", ("gateway_uuid", "gw-1"), ("gateway", "hq"), ("action", "maintenance-start"), ("origin", "upcloud_internal")));
        Assert.Equal(2, text.Value("upcloud_gateway_audit_events_total", ("action", "update"), ("origin", "api")));
        Assert.Equal(TestClock.Start.AddMinutes(-10).ToUnixTimeSeconds(), text.Value("upcloud_gateway_last_change_timestamp_seconds", ("gateway", "hq"), ("origin", "api")));
        Assert.Equal(TestClock.Start.AddMinutes(-5).ToUnixTimeSeconds(), text.Value("upcloud_gateway_last_maintenance_timestamp_seconds", ("gateway", "hq")));
        Assert.Equal(1, text.Value(AuditLogUp));
        Assert.Equal("counter", text.Types["upcloud_gateway_audit_events_total"]);
    }

    [Fact]
    public void Only_gateways_in_the_snapshot_get_audit_series_and_a_gateway_without_events_gets_none()
    {
        var registry = new MappedRegistry();
        var snapshot = Snapshot(Observed(Gateway("gw-1", "hq"), Readings([])), Observed(Gateway("gw-2", "branch"), Readings([])));

        var text = registry.Apply(WithAudit(snapshot, AuditLogState.Readable, ("gw-1", Audited(5, 10)), ("gw-other-shard", Audited(1, 1))));

        Assert.All(text.Samples.Where(s => s.Name.StartsWith("upcloud_gateway_audit", StringComparison.Ordinal) || s.Name.StartsWith("upcloud_gateway_last_", StringComparison.Ordinal)),
            sample => Assert.Equal("gw-1", sample["gateway_uuid"]));
    }

    [Fact]
    public void The_audit_log_is_up_while_it_is_read_down_while_it_fails_or_is_refused_and_absent_while_it_is_off()
    {
        var registry = new MappedRegistry();
        var snapshot = Snapshot(Observed(Gateway("gw-1", "hq"), Readings([])));

        var off = registry.Apply(snapshot);
        var failing = registry.Apply(WithAudit(snapshot, AuditLogState.Failing, ("gw-1", Audited(5, 10))));
        var refused = registry.Apply(WithAudit(snapshot, AuditLogState.Refused));
        var listFailed = registry.Apply(FailedList() with { Audit = new AuditLogSummary(AuditLogState.Readable, new Dictionary<string, GatewayAudit>()) });

        Assert.Empty(off.Named(AuditLogUp));
        Assert.Equal(0, failing.Value(AuditLogUp));
        Assert.Equal(2, failing.Value("upcloud_gateway_audit_events_total", ("action", "update")));
        Assert.Equal(0, refused.Value(AuditLogUp));
        Assert.Equal(1, listFailed.Value(AuditLogUp));
    }
}
