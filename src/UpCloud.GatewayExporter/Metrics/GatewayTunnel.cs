using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>A configured tunnel of a gateway with the label values its series carry.</summary>
/// <param name="Labels">The tunnel's label values.</param>
/// <param name="IkeSaName">The name its IKE SAs carry, <c>&lt;connection&gt;/&lt;tunnel&gt;</c> from the API's own names.</param>
/// <param name="Tunnel">The tunnel as listed.</param>
internal sealed record GatewayTunnel(TunnelLabels Labels, string IkeSaName, Tunnel Tunnel)
{
    /// <summary>
    /// The gateway's tunnels in list order. A tunnel whose label values repeat an earlier one's (a duplicate name, or two
    /// long names cut to the same value) is left out, so no series is written twice.
    /// </summary>
    public static List<GatewayTunnel> Of(GatewayObservation observation, GatewayLabels gateway)
    {
        var tunnels = new List<GatewayTunnel>();
        var seen = new HashSet<(string, string)>();
        foreach (var connection in observation.Connections)
        {
            var connectionName = connection.Name ?? connection.Uuid ?? string.Empty;
            var connectionLabel = gateway.Value(connectionName, "connection name");
            foreach (var tunnel in connection.Tunnels ?? [])
            {
                var tunnelName = tunnel.Name ?? tunnel.Uuid ?? string.Empty;
                var labels = new TunnelLabels(gateway.Uuid, gateway.Name, connectionLabel, gateway.Value(tunnelName, "tunnel name"));
                if (seen.Add((labels.Connection, labels.Tunnel)))
                {
                    tunnels.Add(new GatewayTunnel(labels, $"{connectionName}/{tunnelName}", tunnel));
                }
                else
                {
                    gateway.Duplicate("tunnel", $"{labels.Connection}/{labels.Tunnel}");
                }
            }
        }

        return tunnels;
    }
}
