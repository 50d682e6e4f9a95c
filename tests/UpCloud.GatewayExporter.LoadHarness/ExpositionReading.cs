using System.Globalization;
using System.IO.Compression;
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
        using var plain = new MemoryStream();
        using (var inflate = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress))
        {
            inflate.CopyTo(plain);
        }

        var series = 0;
        double polls = double.NaN, duration = double.NaN, up = double.NaN;
        using var reader = new StreamReader(new MemoryStream(plain.GetBuffer(), 0, (int)plain.Length), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            series++;
            if (line.StartsWith("upcloud_gateway_exporter_", StringComparison.Ordinal))
            {
                var space = line.LastIndexOf(' ');
                var name = line[..space];
                var value = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
                switch (name)
                {
                    case "upcloud_gateway_exporter_polls_total":
                        polls = value;
                        break;
                    case "upcloud_gateway_exporter_last_poll_duration_seconds":
                        duration = value;
                        break;
                    case "upcloud_gateway_exporter_up":
                        up = value;
                        break;
                }
            }
        }

        return new ExpositionReading(series, plain.Length, polls, TimeSpan.FromSeconds(duration), up);
    }
}
