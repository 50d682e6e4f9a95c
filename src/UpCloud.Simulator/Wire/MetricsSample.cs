using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>The instants of one metrics body: what the readings are as of, and when the collector last ran.</summary>
/// <param name="ReadAt">The instant elapsed and remaining seconds are counted at.</param>
/// <param name="CollectedAt">The collector's last run, the <c>updated_at</c> of everything that has not changed since.</param>
/// <param name="Frozen">Whether the collector is stuck, so nothing after <paramref name="CollectedAt"/> shows.</param>
internal readonly record struct MetricsSample(DateTimeOffset ReadAt, DateTimeOffset CollectedAt, bool Frozen)
{
    private static readonly TimeSpan CollectorInterval = TimeSpan.FromSeconds(30);

    // A healthy collector runs every 30 s, phased by the gateway so a fleet's stamps do not all tick together;
    // a stuck one serves the readings of the moment it stopped, stamped with the time it froze at.
    public static MetricsSample Of(SimGateway gateway, DateTimeOffset now)
    {
        if (gateway.MetricsFrozenAt is { } frozenAt)
        {
            return new MetricsSample(gateway.AdvancedTo, frozenAt, Frozen: true);
        }

        var sinceCreated = (now - gateway.CreatedAt).Ticks;
        var lag = sinceCreated < 0 ? 0 : sinceCreated % CollectorInterval.Ticks;
        return new MetricsSample(now, now - TimeSpan.FromTicks(lag), Frozen: false);
    }

    // An object that changed since the last run was updated by that change, so its stamp never precedes its own news.
    public DateTimeOffset UpdatedAt(DateTimeOffset changedAt) => !Frozen && changedAt > CollectedAt ? changedAt : CollectedAt;
}
