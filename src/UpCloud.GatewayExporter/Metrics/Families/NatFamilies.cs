using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>The NAT series of each gateway node.</summary>
internal sealed class NatFamilies(FamilyBuilder families)
{
    public ResourceFamily ActiveConnections { get; } = families.Gauge("upcloud_gateway_nat_active_connections", "NAT connections open on a gateway node.", Node);

    public ResourceFamily AcceptedConnections { get; } = families.Counter("upcloud_gateway_nat_accepted_connections_total",
        "NAT connections accepted by a gateway node; continues across node restarts.", Node);

    public ResourceFamily RejectedConnections { get; } = families.Counter("upcloud_gateway_nat_rejected_connections_total",
        "NAT connections rejected by a gateway node; continues across node restarts.", Node);
}
