using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

/// <summary>What each kind of hostile metrics body costs, read from one poll of them all (<see cref="HostileMetricsBodies"/>).</summary>
public sealed class HostileMetricsBodyTests(HostileMetricsBodies run) : IClassFixture<HostileMetricsBodies>
{
    [Fact]
    public void Unreadable_metrics_bodies_withhold_only_their_own_gateway_until_they_can_be_read_again()
    {
        Assert.Equal(1, run.During.Value(ExporterUp));
        Assert.Equal(0, run.During.Value(RejectedGateways));
        Assert.All(run.Unreadable, gateway =>
        {
            Assert.Equal(0, run.During.Value(MetricsUp, SeriesOf.Gateway(gateway)));
            Assert.All(FromGatewayMetrics, metric => Assert.Empty(run.During.Where(metric, SeriesOf.Gateway(gateway))));
            Assert.Equal(SeriesOf.Tunnels(gateway).Count(), run.During.Where(TunnelInfo, SeriesOf.Gateway(gateway)).Count());
            Assert.Contains("is not the documented JSON", Assert.Single(LogLines.At(run.LogDuring, LogLines.Warning, gateway.Uuid)), StringComparison.Ordinal);
        });
        Assert.All(run.Clean, gateway => ExpositionAssert.Exported(run.During, gateway));

        Assert.All(run.Gateways, gateway => Assert.Equal(1, run.Recovered.Value(MetricsUp, SeriesOf.Gateway(gateway))));
        Assert.All(run.Unreadable, gateway => AssertSameCounters(run.Before, run.Recovered, gateway));
        Assert.All(run.Clean, gateway => ExpositionAssert.Exported(run.Recovered, gateway));
        Assert.Empty(LogLines.At(run.LogAfter, LogLines.Error));
    }

    [Fact]
    public void Unknown_fields_nested_deep_in_a_metrics_body_cost_nothing()
    {
        ExpositionAssert.Exported(run.During, run.Deep);
        ExpositionAssert.Exported(run.Recovered, run.Deep);
    }

    [Fact]
    public void Negative_counters_read_as_zero_without_going_backwards()
    {
        Assert.Equal(1, run.During.Value(MetricsUp, SeriesOf.Gateway(run.Negative)));
        Assert.All(run.Negative.NatNodes, node => Assert.Equal(0, run.During.Value(NatActive, SeriesOf.Node(run.Negative, node))));
        AssertSameCounters(run.Before, run.During, run.Negative);

        var negativeDuring = CounterReadings.FromExposition(run.During, [run.Negative]);
        var negativeAfter = CounterReadings.FromExposition(run.Recovered, [run.Negative]);
        Assert.All(negativeDuring.Keys, key => Assert.True(negativeAfter[key] >= negativeDuring[key], $"{key} went backwards"));
    }

    private static void AssertSameCounters(ExpositionText expected, ExpositionText actual, SimGateway gateway)
    {
        var was = CounterReadings.FromExposition(expected, [gateway]);
        var now = CounterReadings.FromExposition(actual, [gateway]);
        Assert.All(was.Keys, key => Assert.Equal(was[key], now[key]));
    }
}
