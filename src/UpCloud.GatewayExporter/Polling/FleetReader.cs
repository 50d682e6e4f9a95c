using UpCloud.Api;
using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Reads the whole fleet once: the paginated gateway list, which embeds the topology, then every selected
/// gateway's metrics with at most the configured number of requests in flight.
/// </summary>
internal sealed class FleetReader(UpCloudClient client, GatewaySelection selection, string? label, int maxConcurrency, TimeProvider time)
{
    /// <summary>Reads the fleet; API failures become part of the snapshot, only cancellation throws.</summary>
    public async Task<PollSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        GatewayList list;
        try
        {
            list = await client.Gateways.ListAllAsync(label, cancellationToken).ConfigureAwait(false);
        }
        catch (UpCloudApiException ex)
        {
            return new PollSnapshot(startedAt, time.GetElapsedTime(started), PollError.From(ex), [], 0);
        }

        var selected = list.Gateways
            .Where(g => !string.IsNullOrEmpty(g.Uuid) && selection.Includes(g.Uuid))
            .DistinctBy(g => g.Uuid, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var observations = new GatewayObservation[selected.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, selected.Length), parallel, async (i, token) =>
            observations[i] = await ObserveAsync(selected[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return new PollSnapshot(startedAt, time.GetElapsedTime(started), null, observations, list.Rejected.Count);
    }

    private async Task<GatewayObservation> ObserveAsync(Gateway gateway, CancellationToken cancellationToken)
    {
        var uuid = gateway.Uuid!;
        var (connections, connectionsError) = await ReadConnectionsAsync(gateway, cancellationToken).ConfigureAwait(false);
        try
        {
            var metrics = await client.Metrics.GetAsync(uuid, cancellationToken).ConfigureAwait(false);
            return new GatewayObservation(gateway, connections, connectionsError, metrics, null, time.GetUtcNow());
        }
        catch (UpCloudApiException ex)
        {
            return new GatewayObservation(gateway, connections, connectionsError, null, PollError.From(ex), time.GetUtcNow());
        }
    }

    /// <summary>Takes the embedded connections, falling back to the per-connection endpoints only where the list left them out.</summary>
    private async Task<(IReadOnlyList<GatewayConnection> Connections, PollError? Error)> ReadConnectionsAsync(Gateway gateway, CancellationToken cancellationToken)
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

            var complete = new List<GatewayConnection>(connections.Count);
            foreach (var connection in connections)
            {
                complete.Add(connection.Tunnels is not null || string.IsNullOrEmpty(connection.Uuid)
                    ? connection
                    : await WithTunnelsAsync(uuid, connection, cancellationToken).ConfigureAwait(false));
            }

            return (complete, null);
        }
        catch (UpCloudApiException ex)
        {
            return ([], PollError.From(ex));
        }
    }

    private async Task<GatewayConnection> WithTunnelsAsync(string gatewayUuid, GatewayConnection connection, CancellationToken cancellationToken)
    {
        var tunnels = await client.Tunnels.ListAsync(gatewayUuid, connection.Uuid!, cancellationToken).ConfigureAwait(false);
        return new GatewayConnection
        {
            Uuid = connection.Uuid,
            Name = connection.Name,
            Type = connection.Type,
            LocalRoutes = connection.LocalRoutes,
            RemoteRoutes = connection.RemoteRoutes,
            Tunnels = tunnels,
            CreatedAt = connection.CreatedAt,
            UpdatedAt = connection.UpdatedAt,
        };
    }
}
