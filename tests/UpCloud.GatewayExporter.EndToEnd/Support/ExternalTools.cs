namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>Programs some end-to-end tests run: optional on a developer's machine, required when <c>CI=true</c>.</summary>
internal sealed class ExternalTools(string tests, string install, params string[] required)
{
    /// <summary>Prometheus's <c>prometheus</c> and <c>promtool</c>, for the tests against a real Prometheus.</summary>
    public static readonly ExternalTools Prometheus = new(
        "the end-to-end tests",
        "install them (Debian/Ubuntu: apt-get install prometheus; elsewhere put both binaries from https://prometheus.io/download/ on PATH)",
        "prometheus", "promtool");

    /// <summary>Prometheus (agent mode) and VictoriaMetrics with vmalert, for the scale-out test.</summary>
    public static readonly ExternalTools VictoriaMetrics = new(
        "the scale-out test",
        "install them (Debian/Ubuntu: apt-get install prometheus victoria-metrics)",
        "prometheus", "victoria-metrics", "vmalert");

    public IReadOnlyList<string> Missing => [.. required.Where(tool => ExecutablePath.Find(tool) is null)];

    /// <summary>Why the tests are skipped, or null when they run: they never skip under <c>CI=true</c>.</summary>
    public string? SkipReason => Missing.Count == 0 || ExecutablePath.IsCi
        ? null
        : $"{string.Join(" and ", Missing)} not on PATH: {install} to run {tests} (under CI=true they fail instead of skipping).";

    /// <summary>Fails with the install hint when a tool is missing (reached only under <c>CI=true</c>).</summary>
    public void Require()
    {
        if (Missing.Count > 0)
        {
            throw new InvalidOperationException($"{string.Join(" and ", Missing)} not on PATH and CI=true: {install}.");
        }
    }
}
