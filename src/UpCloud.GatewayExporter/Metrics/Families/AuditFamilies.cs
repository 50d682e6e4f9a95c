using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>What the account's audit log says of each gateway: its events, and when it was last changed and maintained.</summary>
internal sealed class AuditFamilies(FamilyBuilder families)
{
    public ResourceFamily Events { get; } = families.Counter("upcloud_gateway_audit_events_total",
        "Audit log events about the gateway seen since the exporter started, the 24 hours before included, by action and origin (api, gui, upcloud_internal); the audit log is read at most once a minute.",
        [.. Gateway, "action", "origin"]);

    public ResourceFamily LastChange { get; } = families.Gauge("upcloud_gateway_last_change_timestamp_seconds",
        "Unix time of the gateway's newest create, update, start, stop, attach or detach in the audit log, by origin.", [.. Gateway, "origin"]);

    public ResourceFamily LastMaintenance { get; } = families.Gauge("upcloud_gateway_last_maintenance_timestamp_seconds",
        "Unix time of the gateway's newest maintenance-start in the audit log: a maintenance UpCloud began.", Gateway);
}
