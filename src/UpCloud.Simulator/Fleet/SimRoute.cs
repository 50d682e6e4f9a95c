namespace UpCloud.Simulator.Fleet;

/// <summary>A static route of a connection; child SA traffic selectors are derived from these.</summary>
public sealed class SimRoute
{
    /// <summary>The route name.</summary>
    public required string Name { get; set; }

    /// <summary>The routed network in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public required string StaticNetwork { get; set; }
}
