namespace UpCloud.Simulator.Fleet;

/// <summary>The tunnel and SA state strings the simulator itself produces; the model accepts any string.</summary>
public static class TunnelStates
{
    /// <summary>The tunnel is up with an IKE SA and child SAs.</summary>
    public const string Established = "established";

    /// <summary>The tunnel is negotiating: an IKE SA entry that never established, without child SAs.</summary>
    public const string Connecting = "connecting";

    /// <summary>The tunnel is down and not trying: its IKE SA entry sits in strongSwan's <c>created</c> state.</summary>
    public const string Idle = "idle";

    /// <summary>strongSwan's internal state of an IKE SA that exists but is not negotiating.</summary>
    public const string Created = "created";
}
