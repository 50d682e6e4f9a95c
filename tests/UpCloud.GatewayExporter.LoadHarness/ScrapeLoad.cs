namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// Concurrent scrapers, each alternating plain and gzip scrapes back to back (or with a pause) on its own connection
/// until stopped; bounded in count and time so a stuck run still ends. Past a number of samples a scraper keeps a
/// uniform random sample of its scrapes, so a long run's percentiles stay fair without keeping every scrape.
/// </summary>
internal sealed class ScrapeLoad : IAsyncDisposable
{
    private const int KeptSamplesPerScraper = 1_000_000;
    private const long MaxScrapesPerScraper = 200_000_000;

    private readonly CancellationTokenSource _stop;
    private readonly List<Task<List<ScrapeSample>>> _scrapers = [];
    private long _scrapes;

    public ScrapeLoad(Uri baseAddress, int scrapers, TimeSpan pause, TimeSpan maxDuration)
    {
        _stop = new CancellationTokenSource(maxDuration);
        for (var i = 0; i < scrapers; i++)
        {
            var first = i % 2 == 0;
            var seed = i;
            _scrapers.Add(Task.Run(() => RunAsync(baseAddress, first, pause, seed, _stop.Token)));
        }
    }

    /// <summary>Scrapes completed so far by every scraper, sampled or not.</summary>
    public long Scrapes => Interlocked.Read(ref _scrapes);

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

    private async Task<List<ScrapeSample>> RunAsync(Uri baseAddress, bool gzipFirst, TimeSpan pause, int seed, CancellationToken stop)
    {
        using var scraper = new Scraper(baseAddress);
        var samples = new List<ScrapeSample>();
        var random = new Random(seed);
        var gzip = gzipFirst;
        for (long count = 0; !stop.IsCancellationRequested && count < MaxScrapesPerScraper; count++)
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var (elapsed, bytes) = await scraper.TimeAsync(gzip, stop);
                var sample = new ScrapeSample(started, elapsed, gzip, bytes);
                if (samples.Count < KeptSamplesPerScraper)
                {
                    samples.Add(sample);
                }
                else if (random.NextInt64(count + 1) is var slot && slot < KeptSamplesPerScraper)
                {
                    samples[(int)slot] = sample;
                }

                Interlocked.Increment(ref _scrapes);
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
