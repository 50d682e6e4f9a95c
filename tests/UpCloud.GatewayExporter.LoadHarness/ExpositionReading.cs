using System.Text;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>What the harness reads from one scrape: the series count and the exporter's own poll figures.</summary>
/// <param name="Series">Sample lines in the exposition.</param>
/// <param name="PlainBytes">Size of the uncompressed exposition.</param>
/// <param name="Polls">upcloud_gateway_exporter_polls_total.</param>
/// <param name="PollDuration">upcloud_gateway_exporter_last_poll_duration_seconds.</param>
/// <param name="ExporterUp">upcloud_gateway_exporter_up.</param>
internal sealed record ExpositionReading(int Series, long PlainBytes, double Polls, TimeSpan PollDuration, double ExporterUp)
{
    public static ExpositionReading FromGzip(byte[] gzip)
    {
        var plain = Gzip.Inflate(gzip);
        var text = ExpositionText.Parse(plain);
        return new ExpositionReading(
            text.Samples.Count,
            Encoding.UTF8.GetByteCount(plain),
            Unlabelled(text, "upcloud_gateway_exporter_polls_total"),
            TimeSpan.FromSeconds(Unlabelled(text, "upcloud_gateway_exporter_last_poll_duration_seconds")),
            Unlabelled(text, "upcloud_gateway_exporter_up"));
    }

    private static double Unlabelled(ExpositionText text, string name) =>
        text.Named(name).FirstOrDefault(sample => sample.Labels.Count == 0)?.Value ?? double.NaN;
}
