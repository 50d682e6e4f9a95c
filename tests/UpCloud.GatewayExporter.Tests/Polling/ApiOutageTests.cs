using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class ApiOutageTests
{
    private const string ResetConnections = "every connection reset";
    private const string Stopped = "the API stopped and started again";

    [Theory]
    [InlineData(ResetConnections)]
    [InlineData(Stopped)]
    public async Task While_the_API_is_down_so_is_the_exporter_and_afterwards_every_series_is_back_with_no_counter_reset(string outage)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");
        var modelBefore = CounterReadings.FromModel(cloud.Gateways);
        var exportedBefore = CounterReadings.FromExposition(before, cloud.Gateways);

        var reset = outage == ResetConnections ? cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ResetConnection }) : null;
        if (reset is null)
        {
            await cloud.StopAsync();
        }

        var down = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 0, "the exporter noticed the outage");
        var later = await exporter.WaitUntilAsync(
            text => text.Value(RunningExporter.Polls) >= down.Value(RunningExporter.Polls) + 2 && Errors(text) > Errors(down),
            "two more polls failed and more failed attempts were counted");
        foreach (var text in new[] { down, later })
        {
            Assert.Equal(0, text.Value(ExporterUp));
            Assert.DoesNotContain(text.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
        }

        // Traffic grows while the exporter cannot see it; the restarted API serves the fleet as its clock left it.
        if (reset is not null)
        {
            cloud.Time.Advance(TimeSpan.FromMinutes(3));
            cloud.Fleet.Advance();
            cloud.Simulator.Faults.Remove(reset);
        }
        else
        {
            await cloud.RestartAsync();
        }

        var back = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the API was read again");

        Assert.All(cloud.Gateways, gateway => Assert.Equal(1, back.Value(MetricsUp, SeriesOf.Gateway(gateway))));
        var model = CounterReadings.FromModel(cloud.Gateways);
        var exported = CounterReadings.FromExposition(back, cloud.Gateways);
        Assert.All(modelBefore.Keys, key => Assert.Equal(exportedBefore[key] + (model[key] - modelBefore[key]), exported[key]));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(back, gateway));
        AssertNoCounterWentBackwards(before, back);
        AssertNoCounterWentBackwards(down, later);

        // One line when the outage starts and one when it ends, however many polls it lasted; the breaker, tripped by the
        // failing list, may add one warning and one line when it closes, but never a line per poll.
        var log = exporter.Stdout;
        var errors = LogLines.At(log, LogLines.Error);
        Assert.True(errors.Count == 1, $"expected one ERROR line for the whole outage, the log was:\n{log}");
        Assert.StartsWith($"Cannot read the gateway list, so its gateway series are withheld until it can: GET {UpCloudRoutes.Gateways} failed: no response (", errors[0], StringComparison.Ordinal);
        Assert.Equal([$"Can read the gateway list again: {cloud.Gateways.Count} gateways exported"], LogLines.At(log, LogLines.Information, "gateway list again"));
        Assert.True(LogLines.At(log, LogLines.Warning, "circuit breaker").Count <= 1, log);
        Assert.True(LogLines.At(log, LogLines.Information, "circuit breaker").Count <= 1, log);
    }

    private static double Errors(ExpositionText text) => text.Where(ApiRequests, ("code", "error")).Sum(s => s.Value);

    /// <summary>Every counter series (histogram buckets, sums and counts too) that both scrapes hold is at least as high in the later one.</summary>
    private static void AssertNoCounterWentBackwards(ExpositionText earlier, ExpositionText later)
    {
        var laterValues = later.Samples.ToDictionary(Identity, s => s.Value);
        var counters = earlier.Samples.Where(s => IsCounter(earlier, s.Name)).ToList();
        Assert.NotEmpty(counters);
        Assert.All(counters, sample =>
        {
            if (laterValues.TryGetValue(Identity(sample), out var value))
            {
                Assert.True(value >= sample.Value, $"{Identity(sample)} went from {sample.Value} to {value}");
            }
        });
    }

    private static bool IsCounter(ExpositionText text, string name) =>
        text.Types.GetValueOrDefault(name) == "counter"
        || new[] { "_bucket", "_sum", "_count" }.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)
            && text.Types.GetValueOrDefault(name[..^suffix.Length]) == "histogram");

    private static string Identity(Sample sample) =>
        sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}";
}
