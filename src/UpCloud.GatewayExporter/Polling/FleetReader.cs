using System.Threading.Channels;
using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Reads the whole fleet once: the gateway plans (at most hourly), the paginated gateway list, which embeds the topology, then every selected
/// gateway's metrics with at most the configured number of requests in flight, and last, when it is on, the audit log
/// (at most once a minute) for the gateways read. Metrics calls start as soon as a list page names their gateway, so the
/// list pages overlap them instead of preceding them.
/// </summary>
internal sealed class FleetReader(UpCloudClient client, GatewaySelection selection, int maxConcurrency, TimeProvider time, AuditLogReader? auditLog = null)
{
    private readonly TopologyCompletion _topology = new(client);
    private readonly PlanCatalog _plans = new(client, time);

    /// <summary>Reads the fleet; API failures become part of the snapshot, only cancellation throws.</summary>
    public async Task<PollSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var (plans, plansError) = await _plans.ReadAsync(cancellationToken).ConfigureAwait(false);

        // Every API request, list page or per-gateway call, holds one slot while it is in flight.
        using var slots = new SemaphoreSlim(maxConcurrency);
        var listed = Channel.CreateUnbounded<(int Index, Gateway Gateway)>(new UnboundedChannelOptions { SingleWriter = true });
        var observations = new List<GatewayObservation?>();
        var listing = new ListingState();
        var workers = new Task[maxConcurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = ObserveListedAsync(listed.Reader, slots, observations, listing, cancellationToken);
        }

        try
        {
            await ListAsync(listed.Writer, slots, observations, listing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            listed.Writer.Complete();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }

        // Without the list it is unknown which gateways are exported, so the audit log waits for a poll that read it.
        var audit = listing.Error is null && auditLog is not null
            ? await auditLog.ReadAsync(observations.Select(observation => observation!.Uuid), cancellationToken).ConfigureAwait(false)
            : auditLog?.Current;
        var snapshot = listing.Error is { } error
            ? PollSnapshot.ListFailed(startedAt, time.GetElapsedTime(started), error)
            : new PollSnapshot(startedAt, time.GetElapsedTime(started), null, observations.ToArray()!, listing.Rejected, listing.DuplicateUuids);
        return snapshot with { Plans = plans, PlansError = plansError, Audit = audit };
    }

    /// <summary>Pages through the list with the client's own paging, each page holding a request slot, queueing each selected gateway once, in list order.</summary>
    private async Task ListAsync(ChannelWriter<(int, Gateway)> listed, SemaphoreSlim slots, List<GatewayObservation?> observations, ListingState listing, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await using var pages = client.Gateways.ListPagesAsync(selection.Label?.ToString(), cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool more;
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    more = await pages.MoveNextAsync().ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }

                if (!more)
                {
                    return;
                }

                listing.Rejected.AddRange(pages.Current.Rejected.Where(selection.Includes));
                foreach (var gateway in pages.Current.Gateways.Where(selection.Includes))
                {
                    if (seen.Add(gateway.Uuid!))
                    {
                        Enqueue(listed, observations, gateway);
                    }
                    else
                    {
                        listing.DuplicateUuids.Add(gateway.Uuid!);
                    }
                }
            }
        }
        catch (UpCloudApiException ex)
        {
            listing.Error = PollError.From(ex);
        }
    }

    /// <summary>Reserves the gateway's place in list order and hands it to the workers.</summary>
    private static void Enqueue(ChannelWriter<(int, Gateway)> listed, List<GatewayObservation?> observations, Gateway gateway)
    {
        int index;
        lock (observations)
        {
            index = observations.Count;
            observations.Add(null);
        }

        listed.TryWrite((index, gateway));
    }

    /// <summary>Observes queued gateways one at a time; once the list has failed, the rest are skipped, as the poll's result is discarded.</summary>
    private async Task ObserveListedAsync(ChannelReader<(int Index, Gateway Gateway)> listed, SemaphoreSlim slots, List<GatewayObservation?> observations, ListingState listing, CancellationToken cancellationToken)
    {
        await foreach (var (index, gateway) in listed.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (listing.Error is not null)
            {
                continue;
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var observation = await ObserveAsync(gateway, cancellationToken).ConfigureAwait(false);
                lock (observations)
                {
                    observations[index] = observation;
                }
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private async Task<GatewayObservation> ObserveAsync(Gateway gateway, CancellationToken cancellationToken)
    {
        var uuid = gateway.Uuid!;
        var (connections, connectionsError) = await _topology.CompleteAsync(gateway, cancellationToken).ConfigureAwait(false);
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
}
