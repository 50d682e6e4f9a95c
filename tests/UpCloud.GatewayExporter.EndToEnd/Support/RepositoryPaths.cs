namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>The project's files the tests check: rules, dashboards, their check scripts and the daemon as built.</summary>
internal static class RepositoryPaths
{
    public static IReadOnlyList<string> RuleFiles => FilesIn(Path.Combine(RepositoryFile.Root, "deploy", "prometheus", "rules"), "*.yml");

    /// <summary>The recording rules, the file a central ruler (vmalert, Mimir, Thanos) loads beside the alerts.</summary>
    public static string RecordingRuleFile => Path.Combine(RepositoryFile.Root, "deploy", "prometheus", "rules", "upcloud-gateway-recording.yml");

    public static IReadOnlyList<string> Dashboards => FilesIn(Path.Combine(RepositoryFile.Root, "grafana", "dashboards"), "*.json");

    public static string RuleCheckScript => Path.Combine(RepositoryFile.Root, "deploy", "prometheus", "check.sh");

    public static string QueryCheckScript => Path.Combine(RepositoryFile.Root, "grafana", "check-queries.sh");

    /// <summary>The daemon as built: the project reference copies it, its runtimeconfig and deps next to the tests.</summary>
    public static string ExporterAssembly => Path.Combine(AppContext.BaseDirectory, "upcloud-gateway-exporter.dll");

    private static string[] FilesIn(string directory, string pattern)
        => [.. Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal)];
}
