namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Concurrent scrapers, each alternating plain and gzip scrapes back to back (or with a pause) on its own connection
/// until stopped; bounded in count and time so a stuck run still ends.
/// </summary>
internal sealed class ScrapeLoad : IAsyncDisposable
{
    private const int MaxSamplesPerScraper = 2_000_000;

    private readonly CancellationTokenSource _stop;
    private readonly List<Task<List<ScrapeSample>>> _scrapers = [];

    public ScrapeLoad(Uri baseAddress, int scrapers, TimeSpan pause, TimeSpan maxDuration)
    {
        _stop = new CancellationTokenSource(maxDuration);
        for (var i = 0; i < scrapers; i++)
        {
            var first = i % 2 == 0;
            _scrapers.Add(Task.Run(() => RunAsync(baseAddress, first, pause, _stop.Token)));
        }
    }

    /// <summary>Stops the scrapers and returns every sample they took.</summary>
    public async Task<List<ScrapeSample>> StopAsync()
    {
        await _stop.CancelAsync();
        var samples = new List<ScrapeSample>();
        foreach (var scraper in _scrapers)
        {
            samples.AddRange(await scraper);
        }

        return samples;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_scrapers).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static async Task<List<ScrapeSample>> RunAsync(Uri baseAddress, bool gzipFirst, TimeSpan pause, CancellationToken stop)
    {
        using var scraper = new Scraper(baseAddress);
        var samples = new List<ScrapeSample>();
        var gzip = gzipFirst;
        while (!stop.IsCancellationRequested && samples.Count < MaxSamplesPerScraper)
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var (elapsed, bytes) = await scraper.TimeAsync(gzip, stop);
                samples.Add(new ScrapeSample(started, elapsed, gzip, bytes));
                gzip = !gzip;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
        }

        return samples;
    }
}
