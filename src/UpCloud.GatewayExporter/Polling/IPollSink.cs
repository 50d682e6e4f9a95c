namespace UpCloud.GatewayExporter.Polling;

/// <summary>Where the poller hands each finished poll; the poller knows nothing of what is done with it downstream.</summary>
internal interface IPollSink
{
    /// <summary>Takes one poll: a snapshot per account, in the order of the configured accounts.</summary>
    Task PublishAsync(IReadOnlyList<PollSnapshot> snapshots, CancellationToken cancellationToken);
}
