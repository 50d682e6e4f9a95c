namespace UpCloud.Simulator.Fleet;

/// <summary>A named public address of a gateway; tunnels refer to it by name.</summary>
public sealed class SimAddress
{
    /// <summary>The address name, e.g. <c>public-ip-1</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The IP address, or null while not yet provisioned (the wire then omits <c>address</c>).</summary>
    public string? Address { get; set; }
}
