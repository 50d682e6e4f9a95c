namespace UpCloud.Simulator;

/// <summary>The IKE SA of a tunnel, served as one entry of <c>ipsec_metrics.ike_sas</c>.</summary>
public sealed class SimIkeSa
{
    /// <summary>strongSwan's unique id of this SA, served as a string.</summary>
    public required string UniqueId { get; set; }

    /// <summary>strongSwan's numeric tunnel id, shared with the child SAs.</summary>
    public int TunnelId { get; set; }

    /// <summary>When the SA was established; the wire's <c>established</c> is the whole seconds since.</summary>
    public DateTimeOffset EstablishedAt { get; set; }

    /// <summary>The operational state, e.g. <c>established</c> or <c>connecting</c>.</summary>
    public string OperationalState { get; set; } = "established";

    /// <summary>strongSwan's internal IKE state, an open set.</summary>
    public string InternalState { get; set; } = "established";

    /// <summary>The child SAs carrying traffic; empty while connecting.</summary>
    public List<SimChildSa> ChildSas { get; set; } = [];
}
