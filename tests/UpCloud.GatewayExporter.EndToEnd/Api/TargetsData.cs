namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The data of <c>/api/v1/targets</c>.</summary>
internal sealed record TargetsData(IReadOnlyList<TargetStatus> ActiveTargets);
