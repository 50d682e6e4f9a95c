namespace UpCloud.Simulator.Fleet;

/// <summary>How a tunnel's <c>tunnel_internal_ip</c> appears on the wire, since the documentation disagrees with itself.</summary>
public enum TunnelInternalIpForm
{
    /// <summary>The response-schema form <c>{"ip":{"addr":"169.254.17.5"},"hasParseError":false}</c>.</summary>
    Object,

    /// <summary>The write form <c>"169.254.17.5/30"</c>.</summary>
    String,

    /// <summary>The field is missing, as on older gateways.</summary>
    Absent,
}
