using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class RevokedCredentialsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Revoked_credentials_take_the_exporter_down_with_one_HTTP_401_error_and_restored_ones_bring_it_back(bool bearer)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync(bearer);
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        cloud.Simulator.Credentials.Revoked = true;
        var down = await exporter.PollAfterChangeAsync();
        var later = await exporter.WaitForPollsAsync((int)down.Value(RunningExporter.Polls) + 2);

        foreach (var text in new[] { down, later })
        {
            Assert.Equal(0, text.Value(ExporterUp));
            Assert.DoesNotContain(text.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
        }

        Assert.True(later.Value(ApiRequests, ("endpoint", UpCloudRoutes.Gateways), ("code", "401")) >= 3, "a 401 is not retried: one per poll");
        var errors = LogLines.At(exporter.Stdout, LogLines.Error);
        Assert.True(errors.Count == 1, $"expected one ERROR line over three failed polls, the log was:\n{exporter.Stdout}");
        Assert.StartsWith($"Cannot read the gateway list, so its gateway series are withheld until it can: GET {UpCloudRoutes.Gateways} failed: HTTP 401", errors[0], StringComparison.Ordinal);

        cloud.Simulator.Credentials.Revoked = false;
        var back = await exporter.PollAfterChangeAsync();

        Assert.Equal(1, back.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(back, gateway));
        Assert.Equal([$"Can read the gateway list again: {cloud.Gateways.Count} gateways exported"], LogLines.At(exporter.Stdout, LogLines.Information, "gateway list again"));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Error));

        var everything = exporter.Stdout + exporter.Stderr + await exporter.ScrapeTextAsync();
        foreach (var secret in TestCredentials.Secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }
}
