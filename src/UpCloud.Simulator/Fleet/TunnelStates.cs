namespace UpCloud.Simulator;

/// <summary>The tunnel and SA state strings the simulator itself produces; the model accepts any string.</summary>
public static class TunnelStates
{
    /// <summary>The tunnel is up with an IKE SA and child SAs.</summary>
    public const string Established = "established";

    /// <summary>The tunnel is negotiating: an IKE SA without child SAs.</summary>
    public const string Connecting = "connecting";

    /// <summary>The tunnel is down without an IKE SA.</summary>
    public const string Idle = "idle";
}
