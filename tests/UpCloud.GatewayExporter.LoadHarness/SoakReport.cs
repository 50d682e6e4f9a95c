using System.Globalization;
using System.Text;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// What a soak run saw, and whether it ran clean: no scrape error, the exporter alive, the series count back where it
/// started once faults are cleared (within the live fleet's own churn), and RSS flat: the median of the last minute
/// of samples within 15% of the median of the first minute, which the first minute's warm-up under load sets.
/// </summary>
internal sealed record SoakReport(
    double Polls,
    double FailedPolls,
    double FailedAttempts,
    long ApiRequests,
    long ScrapesServed,
    long ScrapeErrors,
    IReadOnlyList<long> Rss,
    int SeriesStart,
    int SeriesEnd,
    bool ExporterAlive)
{
    private const double RssTolerance = 1.15;
    private const double SeriesTolerance = 0.01;
    private const int MinuteOfSamples = 6;

    public long RssStart => Median(Rss.Take(MinuteOfSamples));

    public long RssEnd => Median(Rss.TakeLast(MinuteOfSamples));

    public bool Clean =>
        ExporterAlive && ScrapeErrors == 0 && Rss.Count >= MinuteOfSamples
        && Math.Abs(SeriesEnd - SeriesStart) <= SeriesStart * SeriesTolerance
        && RssEnd <= RssStart * RssTolerance;

    public string Table()
    {
        var table = new StringBuilder();
        void Row(string what, string value) => table.AppendLine(CultureInfo.InvariantCulture, $"  {what,-42} {value}");
        table.AppendLine("soak result");
        Row("polls completed", $"{Polls:F0}");
        Row("polls that could not read the gateway list", $"{FailedPolls:F0}");
        Row("API attempts that failed (non-200 or no answer)", $"{FailedAttempts:F0} of {ApiRequests} requests the API saw");
        Row("scrapes served", $"{ScrapesServed}");
        Row("scrape errors", $"{ScrapeErrors}");
        Row("RSS first minute / max / last minute (medians)", $"{Mb(RssStart)} / {Mb(Rss.DefaultIfEmpty().Max())} / {Mb(RssEnd)}");
        Row("series start / end (faults cleared)", $"{SeriesStart} / {SeriesEnd}");
        Row("verdict", Clean ? "clean" : "NOT clean");
        return table.ToString();
    }

    private static long Median(IEnumerable<long> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
}
