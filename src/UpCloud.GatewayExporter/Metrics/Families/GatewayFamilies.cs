using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>The series of a gateway as a whole: what it is, its state, and whether and how freshly its metrics were read.</summary>
internal sealed class GatewayFamilies(FamilyBuilder families)
{
    public ResourceFamily Info { get; } = families.Gauge("upcloud_gateway_info", "Gateway metadata; always 1.", [.. Gateway, "zone", "plan"]);

    public ResourceFamily OperationalState { get; } = families.Gauge("upcloud_gateway_operational_state",
        "The gateway's operational state as the API reports it; one series with value 1 for the current state.", [.. Gateway, "state"]);

    public ResourceFamily ConfiguredState { get; } = families.Gauge("upcloud_gateway_configured_state",
        "What the gateway's owner asked it to be (the API's configured_status: started or stopped); one series with value 1. A gateway configured stopped is down on purpose and pages nobody.", [.. Gateway, "state"]);

    public ResourceFamily MetricsUp { get; } = families.Gauge("upcloud_gateway_metrics_up",
        "1 if the last call to this gateway's /metrics endpoint succeeded, else 0; when 0 its NAT and IPsec series are withheld.", Gateway);

    public ResourceFamily MetricsUpdated { get; } = families.Gauge("upcloud_gateway_metrics_updated_timestamp_seconds",
        "Unix time UpCloud last refreshed a gateway node's numbers in /metrics (its updated_at); a stale value means UpCloud stopped collecting, not the exporter.", Node);

    public ResourceFamily VpnTunnels { get; } = families.Gauge("upcloud_gateway_vpn_tunnels", "VPN tunnels configured on the gateway.", Gateway);
}
