namespace UpCloud.GatewayExporter.Metrics;

/// <summary>The documented tunnel states that make up the <c>upcloud_gateway_tunnel_state</c> stateset.</summary>
internal static class TunnelStates
{
    /// <summary>The state an unrecognised or missing value counts as.</summary>
    public const string Unknown = "unknown";

    /// <summary>Every state of the stateset, in exposition order.</summary>
    public static readonly string[] All = ["idle", "connecting", "established", "destroying", Unknown];

    /// <summary>Maps an API state to a member of <see cref="All"/>; <c>uninitialized</c>, which the API sent for new tunnels in 2024, counts as idle.</summary>
    public static string Normalize(string? state)
    {
        if (string.Equals(state?.Trim(), "uninitialized", StringComparison.OrdinalIgnoreCase))
        {
            return "idle";
        }

        foreach (var known in All)
        {
            if (string.Equals(known, state?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return Unknown;
    }
}
