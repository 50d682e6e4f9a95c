using UpCloud.Api;
using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>Completes a listed gateway's topology: its embedded connections and tunnels, fetched only where the list left them out.</summary>
internal sealed class TopologyCompletion(UpCloudClient client)
{
    /// <summary>The gateway's connections with their tunnels, or why they could not be read; only cancellation throws.</summary>
    public async Task<(IReadOnlyList<GatewayConnection> Connections, PollError? Error)> CompleteAsync(Gateway gateway, CancellationToken cancellationToken)
    {
        var uuid = gateway.Uuid!;
        try
        {
            var connections = gateway.Connections;
            if (connections is null)
            {
                var mayHaveVpn = gateway.Features is null || gateway.Features.Contains("vpn", StringComparer.OrdinalIgnoreCase);
                if (!mayHaveVpn)
                {
                    return ([], null);
                }

                connections = await client.Connections.ListAsync(uuid, cancellationToken).ConfigureAwait(false);
            }

            if (connections.All(c => c.Tunnels is not null))
            {
                return (connections, null);
            }

            // Connections created before mid-2024 have no UUID; the API addresses them by name instead.
            var complete = new List<GatewayConnection>(connections.Count);
            foreach (var connection in connections)
            {
                complete.Add(connection.Tunnels is null && (connection.Uuid ?? connection.Name) is { Length: > 0 } id
                    ? connection with { Tunnels = await client.Tunnels.ListAsync(uuid, id, cancellationToken).ConfigureAwait(false) }
                    : connection);
            }

            return (complete, null);
        }
        catch (UpCloudApiException ex)
        {
            return ([], PollError.From(ex));
        }
    }
}
