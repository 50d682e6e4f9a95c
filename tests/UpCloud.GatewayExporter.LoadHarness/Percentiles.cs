namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Latency percentiles in milliseconds, nearest rank.</summary>
internal sealed record Percentiles(int Count, double P50, double P99, double Max)
{
    public static Percentiles Of(IEnumerable<ScrapeSample> samples)
    {
        var sorted = samples.Select(s => s.Elapsed.TotalMilliseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN);
        }

        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Percentiles(sorted.Length, Rank(0.50), Rank(0.99), sorted[^1]);
    }
}
