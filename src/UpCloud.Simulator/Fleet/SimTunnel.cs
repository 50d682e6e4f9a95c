namespace UpCloud.Simulator.Fleet;

/// <summary>An IPsec tunnel of a connection, with the heuristic state the metrics endpoint reports for it.</summary>
public sealed class SimTunnel
{
    /// <summary>The tunnel UUID.</summary>
    public required string Uuid { get; set; }

    /// <summary>The tunnel name, unique within its gateway.</summary>
    public required string Name { get; set; }

    /// <summary>The name of the gateway address this tunnel originates from.</summary>
    public required string LocalAddressName { get; set; }

    /// <summary>The peer's public IP address.</summary>
    public required string RemoteAddress { get; set; }

    /// <summary>The configured-topology state, an open set (<c>established</c>, <c>idle</c>, <c>connecting</c>, …).</summary>
    public string OperationalState { get; set; } = "established";

    /// <summary>The newer <c>tunnel_up</c> field; null omits it from the tunnel object.</summary>
    public bool? TunnelUp { get; set; }

    /// <summary>The newer <c>tunnel_healthy</c> field; null omits it from the tunnel object.</summary>
    public bool? TunnelHealthy { get; set; }

    /// <summary>A planted pre-shared key for leak tests; the real API never returns one, so this is normally null.</summary>
    public string? Psk { get; set; }

    /// <summary>How often the tunnel came up, per the heuristic state.</summary>
    public long UpEvents { get; set; }

    /// <summary>How often the tunnel went down, per the heuristic state.</summary>
    public long DownEvents { get; set; }

    /// <summary>Why the tunnel last went down, or null if it never did.</summary>
    public string? LastDownMessage { get; set; }

    /// <summary>When <see cref="LastDownMessage"/> was recorded.</summary>
    public DateTimeOffset? LastDownMessageAt { get; set; }

    /// <summary>How many bad log messages the heuristic counted; grows while the tunnel is down and never resets.</summary>
    public long LogMessageBadEvents { get; set; }

    /// <summary>The configured proposal and timers, served as the tunnel's <c>ipsec</c> object.</summary>
    public SimIpsec Ipsec { get; set; } = new();

    /// <summary>The IKE version the tunnel negotiates, served as its IKE SA's <c>version</c>; 1 reauthenticates instead of rekeying.</summary>
    public int IkeVersion { get; set; } = 2;

    /// <summary>The IKE SA entry: established with child SAs, or one that never established while the tunnel is down; null serves none.</summary>
    public SimIkeSa? IkeSa { get; set; }

    /// <summary>Whether the live fleet takes this tunnel down and up again now and then.</summary>
    public bool Flaps { get; set; } = true;

    /// <summary>When the tunnel was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the tunnel's state last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    // strongSwan numbers tunnels per gateway; kept here so a re-established IKE SA gets the same id.
    internal int TunnelId { get; set; }

    internal int ChildSaCount { get; set; } = 1;

    internal DateTimeOffset NextFlapAt { get; set; }

    // strongSwan logs a failed attempt every retry interval, so the heuristic's bad-event count grows steadily while down.
    internal DateTimeOffset DownSince { get; set; }

    internal void AccrueBadEvents(DateTimeOffset from, DateTimeOffset to)
    {
        const double PerSecond = 1.0 / 20;
        if (!IsUp)
        {
            LogMessageBadEvents += Accrual.Between(PerSecond, DownSince, from, to);
        }
    }

    internal bool IsUp => OperationalState == TunnelStates.Established;
}
