namespace UpCloud.GatewayExporter.Tests.Documentation;

/// <summary>Every alert has its runbook in docs/runbooks/, named by the alert and linked from the alert's runbook_url, and no runbook outlives its alert.</summary>
public sealed class RunbookTests
{
    // Where the rules' runbook links point: docs/runbooks/<AlertName>.md of this repository on its main branch.
    private const string RunbookOnGitHub = "https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter/blob/main/docs/runbooks/";

    private static readonly string[] Sections = ["## What fired", "## Why it matters", "## How to check", "## How to fix", "## When to silence"];

    [Fact]
    public void Every_alert_of_the_shipped_rules_has_a_runbook_url_naming_its_own_file_under_docs_runbooks_that_exists()
    {
        var alerts = ShippedAlerts.RunbookUrls();

        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert =>
        {
            Assert.Equal($"{RunbookOnGitHub}{alert.Key}.md", alert.Value);
            Assert.True(File.Exists(RepositoryFile.PathOf($"docs/runbooks/{alert.Key}.md")), $"docs/runbooks/{alert.Key}.md is missing");
        });
    }

    [Fact]
    public void Every_runbook_file_names_an_alert_of_the_shipped_rules()
    {
        var alerts = ShippedAlerts.RunbookUrls();

        var orphans = Runbooks().Where(name => !alerts.ContainsKey(name)).ToList();

        Assert.NotEmpty(Runbooks());
        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_runbook_has_the_sections_what_fired_why_it_matters_how_to_check_how_to_fix_and_when_to_silence()
    {
        Assert.All(Runbooks(), name =>
        {
            var lines = File.ReadAllLines(RepositoryFile.PathOf($"docs/runbooks/{name}.md"));
            Assert.Equal(Sections, lines.Where(line => line.StartsWith("## ", StringComparison.Ordinal)));
        });
    }

    private static List<string> Runbooks() =>
        [.. Directory.EnumerateFiles(RepositoryFile.PathOf("docs/runbooks"), "*.md").Select(path => Path.GetFileNameWithoutExtension(path))];
}
