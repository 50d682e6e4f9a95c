using System.Text;
using Prometheus;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;

namespace UpCloud.GatewayExporter.Tests.Exposition;

public sealed class ExpositionWriterTests
{
    private static readonly ResourceFamily Info = ResourceFamilies.Catalogue.Gateway.Info;
    private static readonly ResourceFamily Bytes = ResourceFamilies.Catalogue.Ipsec.ReceiveBytes;
    private static readonly string[] Awkward = ["gw-1", "quote \" backslash \\ newline \n Zürich", "office", "t1"];
    private static readonly double[] Values = [0, 1, -1, 0.5, 3.0000000000000004, 123_456_789_012, 1e15, 1.5e17, 1e-7];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Series_tables_are_written_byte_for_byte_as_prometheus_net_writes_the_same_children(bool openMetrics)
    {
        var format = openMetrics ? ExpositionFormat.OpenMetricsText : ExpositionFormat.PrometheusText;
        var registry = Prometheus.Metrics.NewCustomRegistry();
        var tables = new List<SeriesTable>();
        foreach (var account in new[] { "prod", "lab" })
        {
            var factory = Prometheus.Metrics.WithCustomRegistry(registry).WithLabels(new Dictionary<string, string> { ["account"] = account });
            tables.Add(Fill(new SeriesTableWriter(account), factory));
        }

        using var ours = new MemoryStream();
        ExpositionWriter.Write(ours, format, tables);
        using var theirs = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(theirs, format);

        var expected = Encoding.UTF8.GetString(theirs.ToArray());
        Assert.Equal(openMetrics ? expected[..^"# EOF\n".Length] : expected, Blocks(Encoding.UTF8.GetString(ours.ToArray()), Info.Name, Bytes.Name));
    }

    [Fact]
    public void An_unnamed_account_writes_no_account_label_and_a_new_poll_replaces_the_last_whole()
    {
        var writer = new SeriesTableWriter(null);
        var tunnels = ResourceFamilies.Catalogue.Gateway.VpnTunnels;
        writer.Set(tunnels, 1, "gw-1", "hq");
        writer.Set(tunnels, 0, "gw-2", "lab");
        writer.Seal();
        writer.Set(tunnels, 1, "gw-2", "lab");

        using var stream = new MemoryStream();
        ExpositionWriter.Write(stream, ExpositionFormat.PrometheusText, [writer.Seal()]);

        Assert.EndsWith("# TYPE upcloud_gateway_vpn_tunnels gauge\nupcloud_gateway_vpn_tunnels{gateway_uuid=\"gw-2\",gateway=\"lab\"} 1\n", Blocks(Encoding.UTF8.GetString(stream.ToArray()), tunnels.Name));
    }

    [Fact]
    public void Every_family_is_written_even_without_series_so_a_poll_that_read_nothing_still_names_them()
    {
        using var stream = new MemoryStream();
        ExpositionWriter.Write(stream, ExpositionFormat.PrometheusText, []);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.All(ResourceFamilies.Catalogue.InOrder, family => Assert.Contains($"# TYPE {family.Name} ", text, StringComparison.Ordinal));
    }

    private static SeriesTable Fill(SeriesTableWriter writer, IMetricFactory factory)
    {
        var gauge = factory.CreateGauge(Info.Name, Info.Help, Info.LabelNames);
        var counter = factory.CreateCounter(Bytes.Name, Bytes.Help, Bytes.LabelNames);
        for (var i = 0; i < Values.Length; i++)
        {
            string[] info = [Awkward[0], Awkward[1], $"zone-{i}", "advanced"];
            writer.Set(Info, Values[i], info);
            gauge.WithLabels(info).Set(Values[i]);
            string[] tunnel = [$"gw-{i}", Awkward[1], Awkward[2], Awkward[3]];
            writer.Set(Bytes, Math.Abs(Values[i]), tunnel);
            counter.WithLabels(tunnel).IncTo(Math.Abs(Values[i]));
        }

        // The same series written twice in a poll stays one series, in its first place, with the last value.
        writer.Set(Info, 42, Awkward[0], Awkward[1], "zone-0", "advanced");
        gauge.WithLabels(Awkward[0], Awkward[1], "zone-0", "advanced").Set(42);
        return writer.Seal();
    }

    /// <summary>The blocks of the named families, each from its HELP line up to the next family's.</summary>
    private static string Blocks(string exposition, params string[] names)
    {
        var blocks = exposition.Split("# HELP ").Skip(1).Select(block => "# HELP " + block);
        return string.Concat(blocks.Where(block => names.Any(name => block.StartsWith($"# HELP {name} ", StringComparison.Ordinal)
            || (name.EndsWith("_total", StringComparison.Ordinal) && block.StartsWith($"# HELP {name[..^"_total".Length]} ", StringComparison.Ordinal)))));
    }
}
