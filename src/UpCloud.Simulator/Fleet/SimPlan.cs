namespace UpCloud.Simulator.Fleet;

/// <summary>A gateway plan as <c>GET /1.3/gateway/plans</c> serves it: the per-node limits a gateway of this plan runs with.</summary>
public sealed class SimPlan
{
    /// <summary>The plan name that gateways carry in <c>plan</c>, e.g. <c>advanced</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The bandwidth of one gateway node, in Mbit/s.</summary>
    public int PerGatewayBandwidthMbps { get; set; }

    /// <summary>The NAT connections one gateway node can hold; a node's <c>active_connections</c> is measured against it.</summary>
    public long PerGatewayMaxConnections { get; set; }

    /// <summary>The VPN bandwidth of one gateway node, in Mbit/s; null omits the field, as plans recorded before 2024-06 did.</summary>
    public int? PerGatewayMaximumVpnBandwidthMbps { get; set; }

    /// <summary>How many gateway nodes a gateway of this plan runs.</summary>
    public int ServerNumber { get; set; }

    /// <summary>The features the plan allows, <c>nat</c> and/or <c>vpn</c>.</summary>
    public List<string> SupportedFeatures { get; set; } = [];

    /// <summary>How many VPN tunnels a gateway of this plan may have.</summary>
    public int VpnTunnelAmount { get; set; }
}
