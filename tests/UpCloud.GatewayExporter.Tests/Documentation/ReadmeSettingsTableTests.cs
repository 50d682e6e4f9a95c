using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Hosting;

namespace UpCloud.GatewayExporter.Tests.Documentation;

public sealed class ReadmeSettingsTableTests
{
    // The flags as --help lists them, such as "--health-check [URL]".
    private static readonly IReadOnlyList<string> Flags = [.. CommandLine.Flags.Select(flag => flag.Flag)];

    [Fact]
    public void Every_setting_of_the_settings_table_has_a_readme_row_with_its_default()
    {
        var rows = ConfigurationRows();

        Assert.All(SettingsTable.All, setting =>
        {
            var row = Assert.Single(rows, row => Names(setting.Name).IsSubsetOf(Names(row.Names)));
            Assert.Contains(setting.Shown, row.Default, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_readme_row_is_a_setting_of_the_table_or_a_flag_of_the_command_line()
    {
        var known = SettingsTable.All.Select(s => s.Name).Concat(Flags).ToList();

        Assert.All(ConfigurationRows(), row => Assert.Contains(known, name => Names(name).IsSubsetOf(Names(row.Names))));
        Assert.Contains("EXPORTER_WEB_LISTEN_ADDRESS", Assert.Single(ConfigurationRows(), row => row.Names.StartsWith("--health-check", StringComparison.Ordinal)).Default, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_flag_of_the_command_line_has_a_readme_row()
    {
        var rows = ConfigurationRows();

        Assert.All(Flags, flag => Assert.Single(rows, row => row.Names == flag));
    }

    [Fact]
    public void Help_lists_every_setting_with_its_default_and_every_flag()
    {
        var help = Usage.Text();

        Assert.All(SettingsTable.All, setting => Assert.Contains($"{setting.Name}", help, StringComparison.Ordinal));
        Assert.All(SettingsTable.All, setting => Assert.Contains($"default {setting.Shown}", help, StringComparison.Ordinal));
        Assert.All(Flags, flag => Assert.Contains(flag, help, StringComparison.Ordinal));
    }

    /// <summary>The names a cell lists, such as <c>UPCLOUD_USERNAME, UPCLOUD_PASSWORD</c>, <c>--urls / ASPNETCORE_URLS</c> or <c>EXPORTER_WEB_CONFIG (--web.config.file)</c>.</summary>
    private static HashSet<string> Names(string cell) => [.. cell.Split([',', '/', '(', ')'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The rows of the README's configuration table: the names cell and the default cell, without backticks.</summary>
    private static List<(string Names, string Default)> ConfigurationRows()
    {
        var readme = File.ReadAllText(RepositoryFile.PathOf("README.md"));
        var section = readme[readme.IndexOf("\n## Configuration", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Replace("`", string.Empty, StringComparison.Ordinal).Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1], cells[^2]))];
    }
}
