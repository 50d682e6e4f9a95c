namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>A scrape target: its labels (job, instance), URL and the health of its last scrape.</summary>
internal sealed record TargetStatus(IReadOnlyDictionary<string, string> Labels, string ScrapeUrl, string Health, string? LastError)
{
    public string Job => Labels.TryGetValue("job", out var job) ? job : "";
}
