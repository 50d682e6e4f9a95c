using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using UpCloud.Api;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class PollerTests
{
    [Fact]
    public async Task An_account_whose_read_crashes_fails_alone_while_the_other_account_is_published()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        using var http = new HttpClient { BaseAddress = cloud.Simulator.BaseAddress };
        var collectors = Prometheus.Metrics.NewCustomRegistry();
        var cache = new ExpositionCache();
        var poller = new Poller(
            [Account("healthy", http, TimeProvider.System), Account("crashing", http, new CrashingClock())],
            new ExpositionPublisher([Mapper(collectors, "crashing"), Mapper(collectors, "healthy")], collectors, cache),
            TimeSpan.FromSeconds(30),
            TimeProvider.System,
            NullLogger<Poller>.Instance);

        var snapshots = await poller.PollOnceAsync(CancellationToken.None);

        Assert.True(snapshots[0].Complete);
        Assert.Equal("crash", snapshots[1].ListError?.Kind);
        var text = ExpositionText.Parse(cache.Current!.Text.PlainText());
        Assert.Equal(1, text.Value(ExporterUp, ("account", "healthy")));
        Assert.Equal(0, text.Value(ExporterUp, ("account", "crashing")));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Empty(text.Where(GatewayInfo, ("account", "crashing")));
    }

    private static AccountPoller Account(string name, HttpClient http, TimeProvider readerTime)
    {
        var account = new ApiAccount(name, UpCloudCredentials.Bearer(TestCredentials.Token), http.BaseAddress!);
        return new AccountPoller(
            account,
            new FleetReader(new UpCloudClient(http, account.Credentials), new GatewaySelection(new HashSet<string>(), GatewayShard.All), 4, readerTime),
            new PollFailureLog(NullLogger<PollFailureLog>.Instance, account),
            new ApiAttemptLog(),
            TimeProvider.System,
            NullLogger<AccountPoller>.Instance);
    }

    private static SnapshotMapper Mapper(CollectorRegistry collectors, string account) =>
        new(account, new ExporterFamilies(collectors, account, "1.2.3-test", TimeSpan.FromSeconds(30)), NullLogger<SnapshotMapper>.Instance);

    /// <summary>A clock that fails when read, standing in for any bug that makes one account's read throw.</summary>
    private sealed class CrashingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock broke");
    }
}
