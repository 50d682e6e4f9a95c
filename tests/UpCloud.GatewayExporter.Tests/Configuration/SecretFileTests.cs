using System.Net.Http.Headers;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Configuration;

public sealed class SecretFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("secrets-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("UPCLOUD_PASSWORD_FILE")]
    [InlineData("UPCLOUD_TOKEN_FILE")]
    public async Task A_secret_read_from_a_file_authenticates_and_appears_in_no_log_metric_or_error_even_at_debug_level(string setting)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var file = Path.Combine(_directory.FullName, "secret");
        var bearer = setting == "UPCLOUD_TOKEN_FILE";
        File.WriteAllText(file, (bearer ? TestCredentials.Token : TestCredentials.Password) + "\n");
        string[] args =
        [
            "--UPCLOUD_API_URL", cloud.Simulator.BaseAddress.AbsoluteUri,
            .. bearer ? Array.Empty<string>() : ["--UPCLOUD_USERNAME", TestCredentials.Username],
            $"--{setting}", file,
            "--UPCLOUD_POLL_INTERVAL", "1s",
            "--EXPORTER_LOG_LEVEL", "debug",
        ];

        var once = await ExporterCommand.RunOnceAsync(args);
        Assert.Equal(0, once.ExitCode);
        Assert.Contains(" DBG ", once.Stderr, StringComparison.Ordinal);
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(ExpositionText.Parse(once.Stdout), gateway));

        // Failures make the exporter describe requests and answers: an unreadable list, a failing gateway, a 401.
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.TruncatedJson, Times = 1 });
        var failing = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = cloud.Gateways[0].Uuid, Kind = FaultKind.Status, StatusCode = 502 });
        await using var exporter = await RunningExporter.StartAsync(args);
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "a poll read the list after the truncated one");
        cloud.Simulator.Credentials.Revoked = true;
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 0, "the revoked credentials failed a poll");
        cloud.Simulator.Credentials.Revoked = false;
        cloud.Simulator.Faults.Remove(failing);
        var text = await exporter.PollAfterChangeAsync();

        Assert.Equal(1, text.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Contains("HTTP 401", exporter.Stdout, StringComparison.Ordinal);
        Assert.Contains(" DBG ", exporter.Stdout, StringComparison.Ordinal);
        var everything = string.Join("\n", once.Stdout, once.Stderr, exporter.Stdout, exporter.Stderr, await exporter.ScrapeTextAsync(), await ScrapeOpenMetricsAsync(exporter));
        Assert.All(TestCredentials.Secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
    }

    private static async Task<string> ScrapeOpenMetricsAsync(RunningExporter exporter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/openmetrics-text"));
        using var response = await exporter.Http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
