namespace UpCloud.GatewayExporter.Metrics;

/// <summary>One rendering of the registry in one format, plain and gzip-compressed, served as it is to every scrape until the next poll.</summary>
/// <param name="Plain">The exposition text, UTF-8.</param>
/// <param name="Gzip">The same text, gzip-compressed.</param>
internal sealed record RenderedExposition(ReadOnlyMemory<byte> Plain, ReadOnlyMemory<byte> Gzip);
