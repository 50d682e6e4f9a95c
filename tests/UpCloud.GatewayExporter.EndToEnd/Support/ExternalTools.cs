namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>Prometheus's <c>prometheus</c> and <c>promtool</c>: optional on a developer's machine, required when <c>CI=true</c>.</summary>
internal static class ExternalTools
{
    private static readonly string[] Required = ["prometheus", "promtool"];

    private const string Install = "install them (Debian/Ubuntu: apt-get install prometheus; elsewhere put both binaries "
        + "from https://prometheus.io/download/ on PATH)";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Missing => [.. Required.Where(tool => !OnPath(tool))];

    /// <summary>Why the end-to-end tests are skipped, or null when they run: they never skip under <c>CI=true</c>.</summary>
    public static string? SkipReason => Missing.Count == 0 || InCi
        ? null
        : $"{string.Join(" and ", Missing)} not on PATH: {Install} to run the end-to-end tests (under CI=true they fail instead of skipping).";

    /// <summary>Fails with the install hint when a tool is missing (reached only under <c>CI=true</c>).</summary>
    public static void Require()
    {
        if (Missing.Count > 0)
        {
            throw new InvalidOperationException($"{string.Join(" and ", Missing)} not on PATH and CI=true: {Install}.");
        }
    }

    private static bool OnPath(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
