using static UpCloud.GatewayExporter.Metrics.Families.FamilyBuilder;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>The IPsec series of each tunnel: traffic over its child SAs and the age of its IKE SA.</summary>
internal sealed class IpsecFamilies(FamilyBuilder families)
{
    public ResourceFamily ReceiveBytes { get; } = families.Counter("upcloud_gateway_ipsec_receive_bytes_total",
        "Bytes received through the tunnel's child SAs; continues across rekeys.", Tunnel);

    public ResourceFamily TransmitBytes { get; } = families.Counter("upcloud_gateway_ipsec_transmit_bytes_total",
        "Bytes sent through the tunnel's child SAs; continues across rekeys.", Tunnel);

    public ResourceFamily ReceivePackets { get; } = families.Counter("upcloud_gateway_ipsec_receive_packets_total",
        "Packets received through the tunnel's child SAs; continues across rekeys.", Tunnel);

    public ResourceFamily TransmitPackets { get; } = families.Counter("upcloud_gateway_ipsec_transmit_packets_total",
        "Packets sent through the tunnel's child SAs; continues across rekeys.", Tunnel);

    public ResourceFamily ChildSas { get; } = families.Gauge("upcloud_gateway_ipsec_child_sas", "Child SAs of the tunnel.", Tunnel);

    public ResourceFamily IkeSaEstablished { get; } = families.Gauge("upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds",
        "Unix time the tunnel's current IKE SA was established.", Tunnel);

    public ResourceFamily IkeSaInfo { get; } = families.Gauge("upcloud_gateway_ipsec_ike_sa_info",
        "The tunnel's current IKE SA: its IKE version and whether this side initiated it; always 1.", [.. Tunnel, "version", "initiator"]);

    public ResourceFamily IkeSaRekey { get; } = families.Gauge("upcloud_gateway_ipsec_ike_sa_rekey_timestamp_seconds",
        "Unix time the tunnel's current IKE SA is due to rekey.", Tunnel);

    public ResourceFamily IkeSaReauth { get; } = families.Gauge("upcloud_gateway_ipsec_ike_sa_reauth_timestamp_seconds",
        "Unix time the tunnel's current IKE SA is due to reauthenticate; absent when it never does.", Tunnel);

    public ResourceFamily ChildSaStates { get; } = families.Gauge("upcloud_gateway_ipsec_child_sa_states",
        "Child SAs of the tunnel by state: installed always, any other state while a child SA is in it; unrecognised states count as unknown.", [.. Tunnel, "state"]);

    public ResourceFamily ChildSaExpiry { get; } = families.Gauge("upcloud_gateway_ipsec_child_sa_expiry_timestamp_seconds",
        "Unix time the tunnel's first child SA to expire does, unless it is rekeyed before.", Tunnel);
}
