using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>The series of each configured tunnel: what it is, its state and health, and UpCloud's account of its outages.</summary>
internal sealed class TunnelFamilies(FamilyBuilder families)
{
    public ResourceFamily Info { get; } = families.Gauge("upcloud_gateway_tunnel_info", "Configured IPsec tunnel metadata; always 1.",
        [.. Tunnel, "tunnel_uuid", "local_address", "remote_address"]);

    public ResourceFamily State { get; } = families.Gauge("upcloud_gateway_tunnel_state",
        "Tunnel operational state as a stateset: one series per state in idle, connecting, established, destroying, unknown, exactly one of them 1; unrecognised states count as unknown.",
        [.. Tunnel, "state"]);

    public ResourceFamily Up { get; } = families.Gauge("upcloud_gateway_tunnel_up", "1 if UpCloud considers the tunnel up, else 0.", Tunnel);

    public ResourceFamily Healthy { get; } = families.Gauge("upcloud_gateway_tunnel_healthy", "1 if UpCloud considers the tunnel healthy, else 0.", Tunnel);

    public ResourceFamily UpEvents { get; } = families.Counter("upcloud_gateway_tunnel_up_events_total", "Times the tunnel came up.", Tunnel);

    public ResourceFamily DownEvents { get; } = families.Counter("upcloud_gateway_tunnel_down_events_total", "Times the tunnel went down.", Tunnel);

    public ResourceFamily LastDownInfo { get; } = families.Gauge("upcloud_gateway_tunnel_last_down_info",
        "Why the tunnel last went down, as UpCloud's heuristics recorded it (cut to 256 characters); always 1.", [.. Tunnel, "message"]);

    public ResourceFamily LastDownTimestamp { get; } = families.Gauge("upcloud_gateway_tunnel_last_down_timestamp_seconds",
        "Unix time the tunnel's last down message was recorded.", Tunnel);

    public ResourceFamily BadLogEvents { get; } = families.Counter("upcloud_gateway_tunnel_bad_log_events_total",
        "Log lines about the tunnel that UpCloud's heuristics counted as trouble.", Tunnel);

    public ResourceFamily IpsecInfo { get; } = families.Gauge("upcloud_gateway_tunnel_ipsec_info",
        "The tunnel's configured IPsec proposals and lifetimes; lists joined with commas in the API's order; always 1.",
        [.. Tunnel, "phase1_algorithms", "phase1_integrity_algorithms", "phase1_dh_groups", "phase2_algorithms", "phase2_integrity_algorithms", "phase2_dh_groups",
            "ike_lifetime_seconds", "rekey_time_seconds", "child_rekey_time_seconds"]);
}
