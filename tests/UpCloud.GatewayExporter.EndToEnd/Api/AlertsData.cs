namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The data of <c>/api/v1/alerts</c>.</summary>
internal sealed record AlertsData(IReadOnlyList<AlertStatus> Alerts);
