using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes one poll of every account into the registry, each account's snapshot through that account's own mapper.</summary>
/// <param name="accounts">One mapper per account, in the order of the configured accounts, as the poller orders its snapshots.</param>
internal sealed class FleetMapper(IReadOnlyList<SnapshotMapper> accounts)
{
    /// <summary>Applies a poll; not thread-safe, the caller serialises polls.</summary>
    public void Apply(IReadOnlyList<PollSnapshot> snapshots)
    {
        for (var i = 0; i < accounts.Count; i++)
        {
            accounts[i].Apply(snapshots[i]);
        }
    }
}
