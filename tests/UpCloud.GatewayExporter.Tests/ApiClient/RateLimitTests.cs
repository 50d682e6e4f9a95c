using UpCloud.Api;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.ApiClient;

public sealed class RateLimitTests
{
    private static readonly TimeSpan AnHour = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_Retry_After_of_an_hour_is_honoured_only_up_to_the_cap_so_the_poll_still_reads_everything()
    {
        // A long interval, so the first poll is still the latest when it is scraped; its calls may take this long in all.
        var policy = ApiResiliencePolicy.For(TimeSpan.FromSeconds(5));
        Assert.True(policy.TotalTimeout < AnHour && policy.MaxRetryAfter < policy.TotalTimeout);
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.TooManyRequests, RetryAfter = AnHour, Times = 1 });
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_POLL_INTERVAL", "5s"]);

        var first = await exporter.WaitForPollsAsync(1);

        // Had the hour been honoured, the list call's total timeout would have cut the wait and failed the poll.
        Assert.Equal(1, first.Value(RunningExporter.Polls));
        Assert.Equal(1, first.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(first, gateway));
        Assert.Equal(1, first.Value(ApiRequests, ("endpoint", UpCloudRoutes.Gateways), ("code", "429")));
        Assert.Equal(1, first.Value(ApiRequests, ("endpoint", UpCloudRoutes.Gateways), ("code", "200")));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Error));
    }

    [Fact]
    public async Task In_a_storm_of_429s_with_Retry_After_on_every_route_polls_go_on_and_retries_absorb_them()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");
        var storm = cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfter = AnHour, Probability = 0.3 });
        var start = (await exporter.ScrapeAsync()).Value(RunningExporter.Polls);

        // Two scrapes of consecutive polls bracket one poll's requests, as the exposition is rendered once per poll.
        ExpositionText? previous = null;
        var (before, absorbed) = await Eventually.UntilAsync(
            async () =>
            {
                var current = await exporter.ScrapeAsync();
                var pair = (Before: previous, After: current);
                previous = current;
                return pair;
            },
            pair => pair.Before is { } before
                && before.Value(RunningExporter.Polls) > start
                && pair.After.Value(RunningExporter.Polls) == before.Value(RunningExporter.Polls) + 1
                && TooManyRequests(pair.After) > TooManyRequests(before)
                && pair.After.Value(ExporterUp) == 1
                && pair.After.Named(MetricsUp).All(s => s.Value == 1),
            "a poll during the storm met 429s and still read everything",
            () => exporter.Stdout);

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(absorbed, gateway));
        Assert.True(absorbed.Named(ApiRequests).Sum(s => s.Value) - before!.Named(ApiRequests).Sum(s => s.Value) > 1 + cloud.Gateways.Count,
            "the poll made no more attempts than calls, so nothing was retried");

        cloud.Simulator.Faults.Remove(storm);
        var after = await exporter.PollAfterChangeAsync();
        Assert.Equal(TooManyRequests(after), TooManyRequests(await exporter.PollAfterChangeAsync()));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(after, gateway));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("Wed, 21 Oct 2015 07:28:00 GMT")]
    [InlineData("eventually")]
    public async Task A_Retry_After_of_zero_a_past_date_or_garbage_falls_back_to_the_backoff_and_says_so_once(string retryAfter)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, Kind = FaultKind.TooManyRequests, RetryAfterHeader = retryAfter, Times = 2 });
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_POLL_INTERVAL", "5s"]);

        var first = await exporter.WaitForPollsAsync(1);

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(first, gateway));
        Assert.Equal(2, TooManyRequests(first));
        var line = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning));
        Assert.Contains($"Retry-After {retryAfter}: ", line, StringComparison.Ordinal);
        Assert.Contains("the usual backoff", line, StringComparison.Ordinal);
    }

    private static double TooManyRequests(ExpositionText text) => text.Where(ApiRequests, ("code", "429")).Sum(s => s.Value);
}
