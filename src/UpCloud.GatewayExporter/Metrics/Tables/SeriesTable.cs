namespace UpCloud.GatewayExporter.Metrics.Tables;

/// <summary>The resource series one poll mapped for one account, sealed: nothing writes to it once the mapper returns it.</summary>
/// <param name="Account">The account, null for the unnamed one.</param>
/// <param name="AccountLabel">The account's label, written after a series' own labels as prometheus-net writes a static label, or empty.</param>
/// <param name="Samples">Each family's series, by <see cref="Families.ResourceFamily.Index"/>, in the order they were first written.</param>
internal sealed record SeriesTable(string? Account, byte[] AccountLabel, ResourceSample[][] Samples);
