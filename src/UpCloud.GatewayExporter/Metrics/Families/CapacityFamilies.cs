using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>What each gateway's plan allows, from <c>GET /1.3/gateway/plans</c>, beside the series it limits.</summary>
internal sealed class CapacityFamilies(FamilyBuilder families)
{
    public ResourceFamily NatMaxConnections { get; } = families.Gauge("upcloud_gateway_plan_nat_max_connections",
        "NAT connections the gateway's plan allows each node at once (per_gateway_max_connections).", Node);

    public ResourceFamily Bandwidth { get; } = families.Gauge("upcloud_gateway_plan_bandwidth_bytes_per_second",
        "Bandwidth the gateway's plan allows each node (per_gateway_bandwidth_mbps), in bytes per second.", Node);

    public ResourceFamily VpnBandwidth { get; } = families.Gauge("upcloud_gateway_plan_vpn_bandwidth_bytes_per_second",
        "VPN bandwidth the gateway's plan allows each node (per_gateway_maximum_vpn_bandwidth_mbps), in bytes per second; 0 for plans without VPN.", Node);

    public ResourceFamily VpnMaxTunnels { get; } = families.Gauge("upcloud_gateway_plan_vpn_max_tunnels",
        "VPN tunnels the gateway's plan allows (vpn_tunnel_amount).", Gateway);
}
