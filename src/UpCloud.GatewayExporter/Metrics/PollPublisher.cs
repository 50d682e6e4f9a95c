using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Takes each poll from the poller: the mapper writes it into the registry, then the cache renders it.</summary>
internal sealed class PollPublisher(FleetMapper mapper, ExpositionCache cache) : IPollSink
{
    /// <inheritdoc />
    public async Task PublishAsync(IReadOnlyList<PollSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await cache.RefreshAsync(() => mapper.Apply(snapshots), cancellationToken).ConfigureAwait(false);

        // A poll's API models live as long as the poll, long enough to be promoted to gen2, and die with the rendering
        // it replaced: collecting them now, and returning the freed memory to the OS, keeps the process at its live size
        // between polls instead of letting gen2 grow by a poll's worth of garbage at a time.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
