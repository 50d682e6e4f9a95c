namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>An active alert of <c>/api/v1/alerts</c>: <c>pending</c> until its <c>for</c> has passed, then <c>firing</c>; its annotations are rendered either way.</summary>
internal sealed record AlertStatus(
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string State);
