namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Everything one harness run measured, raw; <see cref="Report"/> derives the figures.</summary>
internal sealed record HarnessResult(
    HarnessOptions Options,
    string Build,
    string ExporterPath,
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
    IReadOnlyList<long> QuietRss,
    IReadOnlyList<long> LoadRss,
    long PeakRss);
