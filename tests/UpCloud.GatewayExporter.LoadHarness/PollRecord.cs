namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>One poll as seen from outside the exporter: when the simulator saw it start and end, when its exposition appeared, and what it cost.</summary>
/// <param name="Started">Stopwatch timestamp of the poll's first list request arriving at the simulator.</param>
/// <param name="LastRequest">Stopwatch timestamp of its last metrics request arriving.</param>
/// <param name="Published">Stopwatch timestamp of the first scrape that served the poll's exposition.</param>
/// <param name="Requests">API requests the poll made, every route.</param>
/// <param name="ListRequests">Gateway list pages it read.</param>
/// <param name="MetricsRequests">Metrics calls it made.</param>
/// <param name="Cpu">The exporter's CPU time at <paramref name="Published"/>.</param>
/// <param name="RssAtRest">The exporter's RSS just before the poll started.</param>
/// <param name="RssAtPublish">The exporter's RSS right after its exposition appeared.</param>
/// <param name="Reading">The exporter's own figures, from the published exposition.</param>
/// <param name="GzipBytes">Size of the gzip exposition.</param>
internal sealed record PollRecord(
    long Started,
    long LastRequest,
    long Published,
    long Requests,
    long ListRequests,
    long MetricsRequests,
    TimeSpan Cpu,
    long RssAtRest,
    long RssAtPublish,
    ExpositionReading Reading,
    long GzipBytes);
