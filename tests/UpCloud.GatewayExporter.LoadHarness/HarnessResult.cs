namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Everything one harness run measured, raw; <see cref="Report"/> derives the figures.</summary>
internal sealed record HarnessResult(
    HarnessOptions Options,
    string Build,
    double LoadAverageAtStart,
    double LoadAverageAtEnd,
    TimeSpan Serving,
    TimeSpan Ready,
    ExpositionReading First,
    IReadOnlyList<PollRecord> QuietPolls,
    TimeSpan CpuBeforeQuietPolls,
    IReadOnlyList<PollRecord> LoadedPolls,
    IReadOnlyList<ScrapeSample> Scrapes,
    TimeSpan LoadDuration,
    IReadOnlyList<long> LoadRss,
    IReadOnlyList<(long At, long Rss)> AllRss,
    long PeakRss);
