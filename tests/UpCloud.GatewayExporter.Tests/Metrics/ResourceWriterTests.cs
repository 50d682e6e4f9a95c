using System.Text;
using Prometheus;
using UpCloud.GatewayExporter.Metrics.Resources;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class ResourceWriterTests
{
    private const string Help = "Help with a \\ backslash and\na newline.";
    private static readonly string[] InfoLabels = ["gateway_uuid", "gateway", "zone"];
    private static readonly string[] TrafficLabels = ["gateway_uuid", "gateway", "connection", "tunnel"];
    private static readonly string[] Awkward = ["gw-1", "quote \" backslash \\ newline \n Zürich", "office", "t1"];
    private static readonly double[] Values = [0, 1, -1, 0.5, 3.0000000000000004, 123_456_789_012, 1e15, 1.5e17, 1e-7];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Resource_series_are_written_byte_for_byte_as_prometheus_net_writes_the_same_children(bool openMetrics)
    {
        var format = openMetrics ? ExpositionFormat.OpenMetricsText : ExpositionFormat.PrometheusText;
        var accounts = new[] { new AccountResources("prod"), new AccountResources("lab") };
        var registry = Prometheus.Metrics.NewCustomRegistry();
        foreach (var account in accounts)
        {
            var name = Encoding.UTF8.GetString(account.AccountLabel)[",account=\"".Length..^1];
            var factory = Prometheus.Metrics.WithCustomRegistry(registry).WithLabels(new Dictionary<string, string> { ["account"] = name });
            Fill(account, factory);
        }

        using var ours = new MemoryStream();
        ResourceWriter.Write(ours, format, accounts);
        using var theirs = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(theirs, format);

        var expected = Encoding.UTF8.GetString(theirs.ToArray());
        Assert.Equal(openMetrics ? expected[..^"# EOF\n".Length] : expected, Encoding.UTF8.GetString(ours.ToArray()));
    }

    [Fact]
    public void An_unnamed_account_writes_no_account_label_and_a_new_poll_replaces_the_last_whole()
    {
        var account = new AccountResources(null);
        var family = account.Add("x_up", Help, counter: false, ["gateway_uuid", "gateway"], identityLabels: 2);
        account.Seal();
        family.Series("gw-1", "hq").Set(1);
        family.Series("gw-2", "lab").Set(0);
        account.Seal();
        family.Series("gw-2", "lab").Set(1);
        account.Seal();

        using var stream = new MemoryStream();
        ResourceWriter.Write(stream, ExpositionFormat.PrometheusText, [account]);

        Assert.EndsWith("# TYPE x_up gauge\nx_up{gateway_uuid=\"gw-2\",gateway=\"lab\"} 1\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Fill(AccountResources account, IMetricFactory factory)
    {
        var info = account.Add("x_info", Help, counter: false, InfoLabels, identityLabels: 2);
        var traffic = account.Add("x_bytes_total", Help, counter: true, TrafficLabels, identityLabels: 4);
        account.Seal();
        var gauge = factory.CreateGauge("x_info", Help, InfoLabels);
        var counter = factory.CreateCounter("x_bytes_total", Help, TrafficLabels);
        for (var i = 0; i < Values.Length; i++)
        {
            info.Series(Awkward[0], Awkward[1], $"zone-{i}").Set(Values[i]);
            gauge.WithLabels(Awkward[0], Awkward[1], $"zone-{i}").Set(Values[i]);
            string[] tunnel = [$"gw-{i}", Awkward[1], Awkward[2], Awkward[3]];
            traffic.Series(tunnel).IncTo(Math.Abs(Values[i]));
            counter.WithLabels(tunnel).IncTo(Math.Abs(Values[i]));
        }

        // The same series written twice in a poll stays one series: a gauge keeps the last value, a counter the highest.
        info.Series(Awkward[0], Awkward[1], "zone-0").Set(42);
        gauge.WithLabels(Awkward[0], Awkward[1], "zone-0").Set(42);
        traffic.Series("gw-7", Awkward[1], Awkward[2], Awkward[3]).IncTo(5);
        counter.WithLabels("gw-7", Awkward[1], Awkward[2], Awkward[3]).IncTo(5);
        account.Seal();
    }
}
