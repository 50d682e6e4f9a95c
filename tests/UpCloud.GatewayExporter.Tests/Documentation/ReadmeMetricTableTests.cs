using System.Text.RegularExpressions;
using UpCloud.GatewayExporter.Polling.Audit;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Documentation;

public sealed partial class ReadmeMetricTableTests
{
    [Fact]
    public void The_readme_metric_table_lists_exactly_the_metrics_the_exporter_registers()
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));
        registry.Exporter.ApiRequests.WithLabels("/1.3/gateway", "200").Inc();
        registry.Exporter.ApiRequestDuration.WithLabels("/1.3/gateway").Observe(0.1);
        var exported = registry.Apply(WithAudit(Snapshot(Observed(gateway, Readings([Node("node-a", 1, 2, 3)],
            Sa("office/t1", 60, Heuristic(true, true, 1, 1), Child("1", 10))))), AuditLogState.Readable, ("gw-1", Audited(5, 10)))).Types.Keys.ToHashSet();

        var documented = MetricsSection(File.ReadAllText(RepositoryFile.PathOf("README.md")));

        Assert.Equal(exported.Order(), documented.Order());
    }

    private static HashSet<string> MetricsSection(string readme)
    {
        var section = readme[readme.IndexOf("\n## Metrics", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return TableRow().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();
    }

    [GeneratedRegex(@"^\| `(upcloud_[a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
