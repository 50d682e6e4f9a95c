namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>A loaded rule: <c>health</c> is <c>unknown</c> until its first evaluation, then <c>ok</c> or <c>err</c>.</summary>
internal sealed record RuleStatus(string Name, string Type, string Health, string? LastError);
