namespace UpCloud.Simulator.Fleet;

/// <summary>The IKE SA of a tunnel, served as one entry of <c>ipsec_metrics.ike_sas</c>.</summary>
public sealed class SimIkeSa
{
    /// <summary>strongSwan's unique id of this SA, served as a string.</summary>
    public required string UniqueId { get; set; }

    /// <summary>strongSwan's numeric tunnel id, shared with the child SAs.</summary>
    public int TunnelId { get; set; }

    /// <summary>When the SA entry appeared, served as <c>created_at</c>.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the SA was established, or null if it never was (the wire then omits <c>established</c>); the wire's value is the whole seconds since.</summary>
    public DateTimeOffset? EstablishedAt { get; set; }

    /// <summary>The operational state, e.g. <c>established</c> or <c>connecting</c>.</summary>
    public string OperationalState { get; set; } = TunnelStates.Established;

    /// <summary>strongSwan's internal IKE state, an open set.</summary>
    public string InternalState { get; set; } = TunnelStates.Established;

    /// <summary>Whether the gateway initiated the SA, served as the misspelled <c>initator</c>.</summary>
    public bool Initiator { get; set; } = true;

    /// <summary>The child SAs carrying traffic; empty while the tunnel is down.</summary>
    public List<SimChildSa> ChildSas { get; set; } = [];
}
