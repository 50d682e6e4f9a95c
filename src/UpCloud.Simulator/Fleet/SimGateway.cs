namespace UpCloud.Simulator.Fleet;

/// <summary>A simulated network gateway: the live model object the endpoints serve.</summary>
public sealed class SimGateway
{
    internal SimGateway(Random chance) => Chance = chance;

    /// <summary>The gateway UUID.</summary>
    public required string Uuid { get; set; }

    /// <summary>The gateway name.</summary>
    public required string Name { get; set; }

    /// <summary>The zone, e.g. <c>de-fra1</c>.</summary>
    public required string Zone { get; set; }

    /// <summary>The plan, an open set (<c>advanced</c>, <c>production</c>, <c>standard</c>, <c>development</c>).</summary>
    public required string Plan { get; set; }

    /// <summary>The features, <c>nat</c> and/or <c>vpn</c>; without <c>vpn</c> the metrics carry <c>ike_sas: null</c>.</summary>
    public List<string> Features { get; set; } = [];

    /// <summary>The configured status, e.g. <c>started</c>.</summary>
    public string ConfiguredStatus { get; set; } = "started";

    /// <summary>The operational state, an open set such as <c>running</c>.</summary>
    public string OperationalState { get; set; } = "running";

    /// <summary>The gateway's labels.</summary>
    public List<SimLabel> Labels { get; set; } = [];

    /// <summary>The gateway's named public addresses.</summary>
    public List<SimAddress> Addresses { get; set; } = [];

    /// <summary>The UUID of the router the gateway is attached to.</summary>
    public required string RouterUuid { get; set; }

    /// <summary>The IPsec connections.</summary>
    public List<SimConnection> Connections { get; set; } = [];

    /// <summary>The gateway nodes, one <c>gateways[]</c> metrics entry each.</summary>
    public List<SimNatNode> NatNodes { get; set; } = [];

    /// <summary>Whether gateway objects embed <c>connections</c>; false forces the client's per-connection fallback.</summary>
    public bool EmbedConnections { get; set; } = true;

    /// <summary>Whether connection objects embed <c>tunnels</c>; false forces the client's per-connection tunnels fallback.</summary>
    public bool EmbedTunnels { get; set; } = true;

    /// <summary>Which documented wire variants this gateway's JSON uses.</summary>
    public WireVariant Wire { get; set; } = new();

    /// <summary>
    /// When set, the gateway's metrics collector is stuck: the gateway stops evolving where it was last advanced, and its
    /// metrics keep serving those readings with every <c>updated_at</c> at this time; clearing it catches up with the clock.
    /// </summary>
    public DateTimeOffset? MetricsFrozenAt { get; set; }

    /// <summary>When the gateway was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the gateway was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    // Each gateway evolves from its own random stream, so serving one gateway never disturbs another's future.
    internal Random Chance { get; }

    internal DateTimeOffset AdvancedTo { get; set; }

    internal long LastUniqueId { get; set; }

    internal int LastTunnelId { get; set; }

    internal string NextUniqueId() => (++LastUniqueId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
