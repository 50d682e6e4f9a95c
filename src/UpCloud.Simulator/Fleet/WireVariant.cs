namespace UpCloud.Simulator.Fleet;

/// <summary>The documented JSON variants one gateway's responses use; the defaults are the canonical shape.</summary>
public sealed class WireVariant
{
    /// <summary>Serve <c>routers</c> as a single object instead of an array.</summary>
    public bool RoutersAsObject { get; set; }

    /// <summary>Serve <c>phase1/2_dh_group_numbers</c> as scalars instead of int arrays.</summary>
    public bool DhGroupsAsScalars { get; set; }

    /// <summary>Serve child SA <c>local/remote_traffic_selectors</c> (plural) instead of the singular names.</summary>
    public bool PluralTrafficSelectors { get; set; }

    /// <summary>Serve <c>total_rejected_connections</c> instead of <c>total_rejected_sessions</c>.</summary>
    public bool RejectedAsConnections { get; set; }

    /// <summary>The form of <c>tunnel_internal_ip</c>.</summary>
    public TunnelInternalIpForm TunnelInternalIp { get; set; }

    /// <summary>Serve the newest fields <c>bgp</c> and <c>automatic_tunnel_internal_ip_allocation</c>.</summary>
    public bool NewerFields { get; set; } = true;

    /// <summary>
    /// Serve tunnel and IKE SA states in the Go SDK v8's words (strongSwan's IKE SA states) instead of the five the spec
    /// documents: <c>uninitialized</c> for idle, and <c>rekeying</c> then <c>rekeyed</c> at each IKE rekey.
    /// </summary>
    public bool SdkTunnelStates { get; set; }

    /// <summary>Sprinkle harmless unknown fields over the objects.</summary>
    public bool UnknownFields { get; set; }

    /// <summary>
    /// Serve connections and tunnels without <c>uuid</c>, as the API did for those created before mid-2024, when their
    /// endpoints addressed them by name; the endpoints then take the name where the UUID goes.
    /// </summary>
    public bool WithoutChildUuids { get; set; }

    // Four variants cycle through the fleet, so any four consecutive gateways show every option of every dimension.
    internal static WireVariant ForSlot(int slot) => (slot % 4) switch
    {
        0 => new WireVariant(),
        1 => new WireVariant
        {
            RoutersAsObject = true, DhGroupsAsScalars = true, PluralTrafficSelectors = true,
            RejectedAsConnections = true, TunnelInternalIp = TunnelInternalIpForm.String, UnknownFields = true,
        },
        2 => new WireVariant
        {
            DhGroupsAsScalars = true, RejectedAsConnections = true,
            TunnelInternalIp = TunnelInternalIpForm.Absent, NewerFields = false, UnknownFields = true,
            SdkTunnelStates = true,
        },
        _ => new WireVariant { RoutersAsObject = true, PluralTrafficSelectors = true, NewerFields = false },
    };
}
