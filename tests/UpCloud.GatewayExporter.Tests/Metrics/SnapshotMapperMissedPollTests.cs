using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

/// <summary>A series missing from a poll, as the API's offset paging misses a gateway, keeps its running totals for a while.</summary>
public sealed class SnapshotMapperMissedPollTests
{
    private const string ReceiveBytes = "upcloud_gateway_ipsec_receive_bytes_total";
    private const string Accepted = "upcloud_gateway_nat_accepted_connections_total";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly Gateway Branch = Gateway("gw-2", "branch");

    private static Gateway Hq(params Tunnel[] tunnels) => Gateway("gw-1", "hq", Connection("office", tunnels));

    [Fact]
    public void A_gateway_missing_from_one_poll_continues_its_counters_when_it_returns()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry);
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 1000, 0)], Sa("office/t1", 60, null, Child("88", 1000)))));
        var before = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 30, 0)], Sa("office/t1", 90, null, Child("91", 200)))));
        Assert.Equal(1200, before.Value(ReceiveBytes, ("gateway", "hq")));
        Assert.Equal(1030, before.Value(Accepted, ("gateway", "hq")));

        var missed = polls.Apply(Observed(Branch, Readings([])));
        Assert.Empty(missed.Named(ReceiveBytes));
        Assert.Empty(missed.Named(Accepted));

        var back = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 60, 0)], Sa("office/t1", 120, null, Child("91", 300)))), Observed(Branch, Readings([])));
        Assert.Equal(1300, back.Value(ReceiveBytes, ("gateway", "hq")));
        Assert.Equal(1060, back.Value(Accepted, ("gateway", "hq")));
    }

    [Fact]
    public void A_tunnel_missing_from_one_poll_continues_its_counters_when_it_returns()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry);
        polls.Apply(Observed(Hq(Tunnel("t1"), Tunnel("t2")), Readings([], Sa("office/t1", 60, null, Child("88", 1000)), Sa("office/t2", 60, null, Child("7", 5)))));
        polls.Apply(Observed(Hq(Tunnel("t1"), Tunnel("t2")), Readings([], Sa("office/t1", 90, null, Child("91", 200)), Sa("office/t2", 90, null, Child("7", 6)))));

        var missed = polls.Apply(Observed(Hq(Tunnel("t2")), Readings([], Sa("office/t2", 120, null, Child("7", 7)))));
        Assert.DoesNotContain(missed.Named(ReceiveBytes), sample => sample["tunnel"] == "t1");

        var back = polls.Apply(Observed(Hq(Tunnel("t1"), Tunnel("t2")), Readings([], Sa("office/t1", 150, null, Child("91", 250)), Sa("office/t2", 150, null, Child("7", 8)))));
        Assert.Equal(1250, back.Value(ReceiveBytes, ("tunnel", "t1")));
        Assert.Equal(8, back.Value(ReceiveBytes, ("tunnel", "t2")));
    }

    [Fact]
    public void A_NAT_node_missing_from_one_poll_continues_its_counters_when_it_returns()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry);
        polls.Apply(Observed(Hq(), Readings([Node("node-a", 1, 1000, 0), Node("node-b", 1, 500, 0)])));
        polls.Apply(Observed(Hq(), Readings([Node("node-a", 1, 1100, 0), Node("node-b", 1, 20, 0)])));

        var missed = polls.Apply(Observed(Hq(), Readings([Node("node-a", 1, 1200, 0)])));
        Assert.DoesNotContain(missed.Named(Accepted), sample => sample["node"] == "node-b");

        var back = polls.Apply(Observed(Hq(), Readings([Node("node-a", 1, 1300, 0), Node("node-b", 1, 40, 0)])));
        Assert.Equal(540, back.Value(Accepted, ("node", "node-b")));
        Assert.Equal(1300, back.Value(Accepted, ("node", "node-a")));
    }

    [Fact]
    public void A_child_SA_missing_from_one_poll_adds_only_its_increase_when_it_returns()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry);
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 60, null, Child("88", 1000)))));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([])));

        var back = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 120, null, Child("88", 1500)))));

        Assert.Equal(1500, back.Value(ReceiveBytes, ("tunnel", "t1")));
    }

    [Fact]
    public void Totals_missing_over_20_polls_and_10_minutes_are_forgotten_and_the_series_restarts_at_raw_values()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry);
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 1000, 0)], Sa("office/t1", 60, null, Child("88", 1000)))));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 30, 0)], Sa("office/t1", 90, null, Child("91", 200)))));

        // 21 polls 30 s apart: missing for 21 polls and, from the first of them to the last, 10 minutes.
        for (var i = 0; i < 21; i++)
        {
            polls.Apply(Observed(Branch, Readings([])));
        }

        var back = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([Node("node-a", 1, 60, 0)], Sa("office/t1", 120, null, Child("91", 300)))));
        Assert.Equal(300, back.Value(ReceiveBytes, ("gateway", "hq")));
        Assert.Equal(60, back.Value(Accepted, ("gateway", "hq")));
    }

    [Fact]
    public void Totals_missing_for_20_polls_are_kept_however_short_the_poll_interval()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry, TimeSpan.FromSeconds(1));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 60, null, Child("88", 1000)))));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 90, null, Child("91", 200)))));
        for (var i = 0; i < 20; i++)
        {
            polls.Apply(Observed(Branch, Readings([])));
        }

        var back = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 120, null, Child("91", 300)))));

        Assert.Equal(1300, back.Value(ReceiveBytes, ("gateway", "hq")));
    }

    [Fact]
    public void Totals_missing_for_less_than_10_minutes_are_kept_however_many_polls_missed_them()
    {
        var registry = new MappedRegistry();
        var polls = new PollClock(registry, TimeSpan.FromSeconds(1));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 60, null, Child("88", 1000)))));
        polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 90, null, Child("91", 200)))));
        for (var i = 0; i < 500; i++)
        {
            polls.Apply(Observed(Branch, Readings([])));
        }

        var back = polls.Apply(Observed(Hq(Tunnel("t1")), Readings([], Sa("office/t1", 120, null, Child("91", 300)))));

        Assert.Equal(1300, back.Value(ReceiveBytes, ("gateway", "hq")));
    }

    /// <summary>Applies each poll <see cref="Interval"/> (or the given interval) after the one before, its metrics read at the same time.</summary>
    private sealed class PollClock(MappedRegistry registry, TimeSpan? interval = null)
    {
        private DateTimeOffset _now = TestClock.Start;

        public ExpositionText Apply(params GatewayObservation[] gateways)
        {
            var at = _now;
            _now += interval ?? Interval;
            return registry.Apply(Snapshot(at, [.. gateways.Select(g => g with { ObservedAt = at })]));
        }
    }
}
