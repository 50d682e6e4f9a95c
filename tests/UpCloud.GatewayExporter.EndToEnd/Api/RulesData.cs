namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The data of <c>/api/v1/rules</c>.</summary>
internal sealed record RulesData(IReadOnlyList<RuleGroupStatus> Groups);
