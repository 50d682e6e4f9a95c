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
    public void Every_alert_a_page_names_is_one_the_shipped_rules_define_or_a_type_of_src()
    {
        var alerts = ShippedAlerts.RunbookUrls().Keys.ToHashSet(StringComparer.Ordinal);
        var types = SourceTypes.Names();

        var unknown = Mentions(AlertName()).Where(mention => !alerts.Contains(mention.Name) && !types.Contains(mention.Name)).ToList();

        Assert.NotEmpty(alerts);
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("UpcloudGatewayTunnelDown fires after 5 minutes", "UpcloudGatewayTunnelDown")]
    [InlineData("the old UpcloudTunnelDown, a typo", "UpcloudTunnelDown")]
    [InlineData("target_matchers: [alertname=~\"UpcloudGateway(ConnectionDown|TunnelDown)\"]", null)]
    [InlineData("UpCloudClient and UpCloud's API", null)]
    public void A_word_that_starts_with_Upcloud_reads_as_an_alert_name_unless_it_opens_a_regular_expression_group(string line, string? name)
    {
        Assert.Equal(name, AlertName().Match(line) is { Success: true } match ? match.Value : null);
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

    [Theory]
    [InlineData("upcloud-gateway-exporter --check          # or: dotnet run", " --check")]
    [InlineData("dotnet run --project src/UpCloud.GatewayExporter -c Release -- --once", " --once")]
    [InlineData("./artifacts/publish/upcloud-gateway-exporter --version", " --version")]
    [InlineData("  upcloud-gateway-exporter:0.1.0 --demo", " --demo")]
    [InlineData("$H --exporter artifacts/loadharness/aot/upcloud-gateway-exporter --cgroup-mb 100", null)]
    [InlineData("docker run -d --name upcloud-gateway-exporter --restart unless-stopped", null)]
    [InlineData("journalctl -u upcloud-gateway-exporter -f", null)]
    public void Only_an_invocation_of_the_exporter_itself_gives_it_flags(string line, string? flags)
    {
        Assert.Equal(flags, Invocation().Match(line) is { Success: true } match ? match.Groups[1].Value : null);
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

    // A word spelled as the alerts are, Upcloud with a lower-case c, unless it opens a group of a regular expression
    // (alertname=~"UpcloudGateway(ConnectionDown|TunnelDown)"); UpCloud's own types spell it UpCloud.
    [GeneratedRegex(@"\bUpcloud[A-Za-z]+\b(?!\()")]
    private static partial Regex AlertName();

    // What follows the exporter's name on a command line: the binary, `dotnet run ... --`, or the image name after docker run
    // (with a tag, but not a volume's :ro or :rw). The name is not the exporter's own invocation where it is an option's value:
    // a container's or unit's name (--name, -u) or a path that another program takes (the load harness's --exporter PATH).
    [GeneratedRegex(@"(?:(?<!--name |-u |--?[\w.-]+[ =]\S*/)upcloud-gateway-exporter(?::(?!ro\b|rw\b)[\w.-]+)?|src/UpCloud\.GatewayExporter(?: -c Release)? --)((?: +--?[\w.:-]+(?:[ =](?!-)\S+)?)+)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<=\s)--?[A-Za-z][\w.:-]*(?:=\S+)?")]
    private static partial Regex Flag();
}
