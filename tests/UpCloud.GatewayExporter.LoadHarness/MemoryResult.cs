namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Everything one memory run measured, raw; <see cref="MemoryReport"/> derives the figures.</summary>
/// <param name="Options">The run's options.</param>
/// <param name="Build">What ran: "aot" or "jit".</param>
/// <param name="ExporterPath">The exporter binary or dll.</param>
/// <param name="LoadAverageAtStart">The one-minute load average when the run started.</param>
/// <param name="LoadAverageAtEnd">The one-minute load average when it ended.</param>
/// <param name="Measured">How long the measurement ran after the first poll.</param>
/// <param name="Polls">The polls seen during it.</param>
/// <param name="ExporterCpu">The exporter's CPU time over the measurement, scrapes included.</param>
/// <param name="ExporterSeries">Sample lines the exporter served, its own metrics included.</param>
/// <param name="ResourceSeries">Of those, the resource series pushed to the Pushgateway.</param>
/// <param name="PushgatewaySeries">Sample lines the Pushgateway served, its own metrics included.</param>
/// <param name="Pushes">How long each push took.</param>
/// <param name="Exporter">The exporter's memory and scrapes.</param>
/// <param name="Pushgateway">The Pushgateway's, or null when it was not run.</param>
internal sealed record MemoryResult(
    MemoryOptions Options,
    string Build,
    string ExporterPath,
    double LoadAverageAtStart,
    double LoadAverageAtEnd,
    TimeSpan Measured,
    IReadOnlyList<PollRecord> Polls,
    TimeSpan ExporterCpu,
    int ExporterSeries,
    int ResourceSeries,
    int PushgatewaySeries,
    IReadOnlyList<TimeSpan> Pushes,
    MemoryResult.Process Exporter,
    MemoryResult.Process? Pushgateway)
{
    /// <summary>One measured process.</summary>
    /// <param name="SteadyRss">RSS samples after the warm-up, in order.</param>
    /// <param name="PeakRss">VmHWM at the end: the most it ever held, start-up included.</param>
    /// <param name="Scrapes">The scrapes timed (all of them, or a uniform sample of a long run).</param>
    /// <param name="ScrapeCount">Scrapes made in all.</param>
    /// <param name="RssAtEnd">RSS at the end of the run, split into allocated and file-backed pages.</param>
    internal sealed record Process(IReadOnlyList<long> SteadyRss, long PeakRss, IReadOnlyList<ScrapeSample> Scrapes, long ScrapeCount, (long Anonymous, long File) RssAtEnd)
    {
        /// <summary>Steady RSS: the most held after the warm-up.</summary>
        public long SteadyMax => SteadyRss.DefaultIfEmpty(0).Max();

        /// <summary>The median RSS after the warm-up.</summary>
        public long SteadyMedian => SteadyRss.Count == 0 ? 0 : SteadyRss.Order().ElementAt((SteadyRss.Count - 1) / 2);
    }
}
