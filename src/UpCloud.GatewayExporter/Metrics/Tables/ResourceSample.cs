namespace UpCloud.GatewayExporter.Metrics.Tables;

/// <summary>One resource series of a poll: its label text, shared with the other series of the same resource, and its value.</summary>
/// <param name="Identity">The labels naming the resource (gateway, node or tunnel), UTF-8 and escaped, shared by all its series.</param>
/// <param name="Extra">The family's further labels, starting with a comma, or empty.</param>
/// <param name="Value">The value.</param>
internal readonly record struct ResourceSample(byte[] Identity, byte[] Extra, double Value);
