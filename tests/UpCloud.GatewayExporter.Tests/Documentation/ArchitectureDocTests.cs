using System.Reflection;
using System.Text.RegularExpressions;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Tests.Documentation;

public sealed partial class ArchitectureDocTests
{
    // Words of the diagram that name the product or a format, not a type.
    private static readonly string[] NotTypes = ["UpCloud", "OpenMetrics"];

    [Fact]
    public void Every_type_the_architecture_page_names_is_defined_in_src_or_in_a_framework_the_exporter_uses()
    {
        var page = File.ReadAllText(RepositoryFile.PathOf("docs/architecture.md"));
        var diagram = page[page.IndexOf("```text", StringComparison.Ordinal)..page.IndexOf("```\n\n", StringComparison.Ordinal)];
        var named = Code().Matches(page).Select(m => m.Groups[1].Value).Concat(Word().Matches(diagram).Select(m => m.Value))
            .Where(IsTypeName)
            .Except(NotTypes)
            .ToHashSet(StringComparer.Ordinal);
        var sources = SourceTypes.Names();
        var frameworkTypes = typeof(ExporterOptions).Assembly.GetReferencedAssemblies().Select(Assembly.Load).Append(typeof(object).Assembly)
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Select(type => type.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal);

        var missing = named.Where(name => !frameworkTypes.Contains(name) && !sources.Contains(name)).ToList();

        Assert.True(named.Count > 20, $"only {named.Count} type names found: the pattern no longer matches the page");
        Assert.Empty(missing);
    }

    /// <summary>A name that reads as a type: PascalCase with at least two capitals, such as <c>PollSnapshot</c> or <c>IPollSink</c>.</summary>
    private static bool IsTypeName(string word) => word.Count(char.IsUpper) >= 2 && word.Any(char.IsLower) && char.IsUpper(word[0]);

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]+\b")]
    private static partial Regex Word();
}
