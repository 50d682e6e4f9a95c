using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Web;

public sealed class ExporterEndpointsTests
{
    [Fact]
    public async Task Healthz_answers_200_and_readyz_200_once_the_first_poll_finished()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        await using var exporter = await cloud.StartExporterAsync();

        using var health = await exporter.Http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await exporter.WaitForPollsAsync(1);
        using var ready = await exporter.Http.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task The_root_is_an_HTML_page_linking_the_metrics()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        await using var exporter = await cloud.StartExporterAsync();

        using var response = await exporter.Http.GetAsync("");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<a href=\"metrics\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_answer_in_OpenMetrics_when_the_scraper_asks_for_it()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Accept.ParseAdd("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");
        using var response = await exporter.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/openmetrics-text", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("# EOF\n", body, StringComparison.Ordinal);
        var text = ExpositionText.Parse(body);
        Assert.Equal(cloud.Gateways.Sum(g => SeriesOf.Tunnels(g).Count()), text.Named(TunnelInfo).Count());
        Assert.Equal(1, text.Value(ExporterUp));
    }

    [Fact]
    public async Task Metrics_answer_gzip_when_the_scraper_accepts_it_and_it_decompresses_to_the_same_exposition()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        // Plain, gzip, plain again: when both plain scrapes are identical, no poll was published in between.
        var scrapes = await Eventually.UntilAsync(async () =>
            {
                var first = await exporter.ScrapeTextAsync();
                var (gzip, encoding) = await ScrapeGzipAsync(exporter);
                var second = await exporter.ScrapeTextAsync();
                return (Plain: first, Gzip: gzip, Encoding: encoding, Stable: first == second);
            },
            scrapes => scrapes.Stable,
            "two plain scrapes around a gzip scrape came from the same poll");

        Assert.Equal("gzip", scrapes.Encoding);
        Assert.Equal([0x1f, 0x8b], scrapes.Gzip[..2]);
        var decompressed = Decompress(scrapes.Gzip);
        Assert.Equal(scrapes.Plain, decompressed);
        Assert.Equal(cloud.Gateways.Count, ExpositionText.Parse(decompressed).Named(GatewayInfo).Count());
    }

    private static async Task<(byte[] Body, string? Encoding)> ScrapeGzipAsync(RunningExporter exporter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await exporter.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    private static string Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
