namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>One timed scrape.</summary>
/// <param name="Started">Stopwatch timestamp of the request.</param>
/// <param name="Elapsed">Request sent to last body byte read.</param>
/// <param name="Gzip">Whether the scrape asked for gzip.</param>
/// <param name="Bytes">Body bytes received.</param>
internal readonly record struct ScrapeSample(long Started, TimeSpan Elapsed, bool Gzip, long Bytes);
