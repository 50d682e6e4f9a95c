using System.Text.RegularExpressions;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Hosting;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Tests.Support;

namespace UpCloud.GatewayExporter.Tests.Documentation;

/// <summary>No page names a metric, setting, alert or exporter flag that does not exist. The CHANGELOG may name what is gone.</summary>
public sealed partial class DocReferenceTests
{
    [Fact]
    public void Every_metric_a_page_names_is_one_the_exporter_exports()
    {
        var exported = ExportedMetrics();

        var unknown = Mentions(MetricName()).Where(mention => !exported.Contains(mention.Name)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_setting_a_page_names_is_a_row_of_the_settings_table()
    {
        // Besides the table's rows, the deployment files define variables of their own (docker compose's, systemd's).
        var deployment = string.Concat(Directory.EnumerateFiles(RepositoryFile.PathOf("deploy"), "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("node_modules", StringComparison.Ordinal)).Select(File.ReadAllText));
        var settings = SettingsTable.All.Select(setting => setting.Key).ToList();

        // A name that ends in "_" is a prefix (UPCLOUD_*_FILE, UPCLOUD_ACCOUNTS__prod__TOKEN): it must start a setting.
        var unknown = Mentions(SettingName()).Where(mention => mention.Name.EndsWith('_')
            ? !settings.Any(setting => setting.StartsWith(mention.Name.TrimEnd('_'), StringComparison.Ordinal)) && !mention.Name.StartsWith($"{SettingsTable.Accounts.Key}__", StringComparison.Ordinal)
            : !settings.Contains(mention.Name) && !IsAccountSetting(mention.Name) && !Regex.IsMatch(deployment, $@"\b{mention.Name}\b")).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_alert_a_page_names_is_one_the_shipped_rules_define()
    {
        var rules = Directory.EnumerateFiles(RepositoryFile.PathOf("deploy/prometheus/rules"), "*.yml").Select(File.ReadAllText);
        var alerts = rules.SelectMany(rule => AlertRule().Matches(rule).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var unknown = Mentions(AlertName()).Where(mention => !alerts.Contains(mention.Name)).ToList();

        Assert.NotEmpty(alerts);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_flag_given_to_the_exporter_on_a_page_is_one_it_takes()
    {
        var flags = CommandLine.Flags.Select(flag => flag.Flag.Split(' ')[0])
            .Concat(SettingsTable.All.SelectMany(setting => setting.Switches.Append($"--{setting.Key}")))
            .Append("-h")
            .ToHashSet(StringComparer.Ordinal);

        var unknown = new List<string>();
        foreach (var (file, line) in Lines())
        {
            var invocation = Invocation().Match(line);
            foreach (Match flag in Flag().Matches(invocation.Success ? invocation.Groups[1].Value : string.Empty))
            {
                var name = flag.Value.Split('=')[0];
                if (!flags.Contains(name) && !name.StartsWith($"--{SettingsTable.Accounts.Key}:", StringComparison.Ordinal))
                {
                    unknown.Add($"{file}: {name} in \"{line.Trim()}\"");
                }
            }
        }

        Assert.Empty(unknown);
    }

    private static HashSet<string> ExportedMetrics()
    {
        var registry = new MappedRegistry();
        registry.Exporter.ApiRequests.WithLabels("/1.3/gateway", "200").Inc();
        registry.Exporter.ApiRequestDuration.WithLabels("/1.3/gateway").Observe(0.1);
        var exposition = registry.Apply(Fleet.Snapshot());
        var names = exposition.Types.Keys.Concat(ResourceFamilies.Catalogue.InOrder.Select(family => family.Name)).ToList();

        // A histogram's series and a counter's OpenMetrics family name are names of the same metric.
        string[] suffixes = ["", "_bucket", "_sum", "_count"];
        return [.. names.SelectMany(name => suffixes.Select(suffix => name + suffix)).Concat(names.Where(name => name.EndsWith("_total", StringComparison.Ordinal)).Select(name => name[..^"_total".Length]))];
    }

    private static bool IsAccountSetting(string name) =>
        name.StartsWith($"{SettingsTable.Accounts.Key}__", StringComparison.Ordinal)
        && SettingsTable.Credentials.Append(SettingsTable.ApiUrl).Any(setting => name.EndsWith("__" + SettingsTable.AccountKey(setting), StringComparison.Ordinal));

    private static IEnumerable<(string File, string Name)> Mentions(Regex pattern) =>
        Lines().SelectMany(line => pattern.Matches(line.Line).Select(m => (line.File, m.Value)));

    private static IEnumerable<(string File, string Line)> Lines() =>
        MarkdownFiles.All().Where(file => file != "CHANGELOG.md")
            .SelectMany(file => File.ReadLines(RepositoryFile.PathOf(file)).Select(line => (file, line)));

    [GeneratedRegex(@"(?<![/\w])upcloud_gateway_[a-z0-9_]*[a-z0-9]\b(?!:)")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"\b(?:UPCLOUD|EXPORTER)_[A-Z0-9_]*")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"\bUpcloudGateway[A-Z][A-Za-z]+\b")]
    private static partial Regex AlertName();

    [GeneratedRegex(@"^\s*- alert: ""?(\w+)""?", RegexOptions.Multiline)]
    private static partial Regex AlertRule();

    // What follows the exporter's name on a command line: the binary, `dotnet run ... --`, or the image name after docker run
    // (with a tag, but not a volume's :ro or :rw).
    [GeneratedRegex(@"(?:(?<!--name |-u )upcloud-gateway-exporter(?::(?!ro\b|rw\b)[\w.-]+)?|src/UpCloud\.GatewayExporter(?: -c Release)? --)((?: +--?[\w.:-]+(?:[ =](?!-)\S+)?)+)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<=\s)--?[A-Za-z][\w.:-]*(?:=\S+)?")]
    private static partial Regex Flag();
}
