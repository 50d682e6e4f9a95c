namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>A loaded rule group: the file it came from, its rules and when it was last evaluated.</summary>
internal sealed record RuleGroupStatus(string Name, string File, IReadOnlyList<RuleStatus> Rules, DateTimeOffset LastEvaluation);
