namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>One series of an instant vector: its labels and its value.</summary>
internal sealed record VectorSample(IReadOnlyDictionary<string, string> Labels, double Value);
