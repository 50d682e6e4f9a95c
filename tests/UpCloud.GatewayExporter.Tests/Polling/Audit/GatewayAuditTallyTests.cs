using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Tests.Polling.Audit;

public sealed class GatewayAuditTallyTests
{
    [Fact]
    public void Every_event_counts_by_action_and_origin()
    {
        var tally = Tallied();

        var summary = tally.Summary;
        Assert.Equal(
            [("Attach", "upcloud_internal", 1L), ("delete", "api", 1L), ("maintenance-start", "upcloud_internal", 2L), ("read", "api", 1L), ("stop", "gui", 1L), ("update", "api", 2L)],
            summary.Events);
        Assert.Same(summary, tally.Summary);
    }

    [Fact]
    public void The_six_kinds_of_change_set_the_last_change_of_each_origin()
    {
        Assert.Equal([("api", TestClock.Start.AddMinutes(10)), ("gui", TestClock.Start.AddMinutes(7)), ("upcloud_internal", TestClock.Start.AddMinutes(2))], Tallied().Summary.LastChange);
    }

    [Fact]
    public void The_latest_maintenance_start_is_the_last_maintenance()
    {
        Assert.Equal(TestClock.Start.AddMinutes(8), Tallied().Summary.LastMaintenance);
    }

    [Fact]
    public void Beyond_the_bounds_further_kinds_and_origins_count_under_other_so_a_hostile_API_cannot_grow_them()
    {
        var tally = new GatewayAuditTally();

        var fits = Enumerable.Range(0, 200).Select(i => tally.Add($"action-{i}", "api", TestClock.Start)).ToList();
        var origins = Enumerable.Range(0, 20).Select(i => tally.Add("update", $"origin-{i}", TestClock.Start.AddSeconds(i))).ToList();

        Assert.Equal(GatewayAuditTally.MaxPairs, fits.Count(fit => fit));
        var summary = tally.Summary;
        Assert.Equal(GatewayAuditTally.MaxPairs + 1, summary.Events.Count);
        Assert.Equal(200 - GatewayAuditTally.MaxPairs + 20, summary.Events.Single(e => e.Action == GatewayAuditTally.Other).Count);
        Assert.Equal(GatewayAuditTally.MaxOrigins + 1, summary.LastChange.Count);
        Assert.Equal(TestClock.Start.AddSeconds(19), summary.LastChange.Single(c => c.Origin == GatewayAuditTally.Other).At);
        Assert.All(origins, Assert.False);
    }

    /// <summary>A tally of changes, reads and maintenance starts from three origins, each accepted as it is added.</summary>
    private static GatewayAuditTally Tallied()
    {
        var tally = new GatewayAuditTally();
        foreach (var (action, origin, minutes) in new[]
        {
            ("update", "api", 10), ("update", "api", 5), ("stop", "gui", 7), ("delete", "api", 9), ("read", "api", 1),
            ("maintenance-start", "upcloud_internal", 3), ("maintenance-start", "upcloud_internal", 8), ("Attach", "upcloud_internal", 2),
        })
        {
            Assert.True(tally.Add(action, origin, TestClock.Start.AddMinutes(minutes)));
        }

        return tally;
    }
}
