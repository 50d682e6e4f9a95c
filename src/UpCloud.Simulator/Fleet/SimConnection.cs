namespace UpCloud.Simulator.Fleet;

/// <summary>An IPsec connection of a gateway: routes on both sides and the tunnels that carry them.</summary>
public sealed class SimConnection
{
    /// <summary>The connection UUID.</summary>
    public required string Uuid { get; set; }

    /// <summary>The connection name; IKE SA names are <c>connection/tunnel</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Networks on the gateway side.</summary>
    public List<SimRoute> LocalRoutes { get; set; } = [];

    /// <summary>Networks on the peer side.</summary>
    public List<SimRoute> RemoteRoutes { get; set; } = [];

    /// <summary>The connection's tunnels.</summary>
    public List<SimTunnel> Tunnels { get; set; } = [];

    /// <summary>When the connection was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the connection was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
