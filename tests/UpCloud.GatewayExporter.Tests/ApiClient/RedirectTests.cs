using System.Net;
using System.Net.Sockets;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.ApiClient;

public sealed class RedirectTests
{
    [Fact]
    public async Task A_redirect_to_another_origin_is_never_followed_so_the_credentials_stay_and_only_its_call_fails()
    {
        using var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        var visits = 0;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                using var visitor = await elsewhere.AcceptTcpClientAsync();
                Interlocked.Increment(ref visits);
            }
        });
        var location = new Uri($"http://127.0.0.1:{((IPEndPoint)elsewhere.LocalEndpoint).Port}/collect");
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var redirected = cloud.Gateways[0];
        var metricsFault = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = redirected.Uuid, Kind = FaultKind.Redirect, Location = location });
        await using var exporter = await cloud.StartExporterAsync();

        var oneRedirected = await exporter.WaitForPollsAsync(2);

        Assert.Equal(0, oneRedirected.Value(MetricsUp, SeriesOf.Gateway(redirected)));
        ExpositionAssert.Exported(oneRedirected, cloud.Gateways[1]);
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, redirected.Name), line => line.Contains("HTTP 302", StringComparison.Ordinal) && line.Contains("redirect", StringComparison.Ordinal));

        cloud.Simulator.Faults.Remove(metricsFault);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.Redirect, Location = location });
        var listRedirected = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 0, "the redirected list failed the poll");

        Assert.Empty(listRedirected.Named(GatewayInfo));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Error), line => line.Contains("redirect", StringComparison.Ordinal));
        Assert.Equal(0, Volatile.Read(ref visits));
    }
}
