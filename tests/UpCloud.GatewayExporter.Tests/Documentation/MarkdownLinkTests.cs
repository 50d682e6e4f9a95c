using System.Text.RegularExpressions;

namespace UpCloud.GatewayExporter.Tests.Documentation;

public sealed partial class MarkdownLinkTests
{
    [Fact]
    public void Every_relative_link_in_every_markdown_file_names_a_file_that_exists_and_an_anchor_it_has()
    {
        var broken = new List<string>();
        foreach (var file in MarkdownFiles.All())
        {
            var text = File.ReadAllText(RepositoryFile.PathOf(file));
            foreach (Match link in Link().Matches(MarkdownFiles.Prose(text)))
            {
                var target = link.Groups[1].Value;
                if (!IsExternal(target) && Resolve(file, target) is { } problem)
                {
                    broken.Add($"{file}: ({target}) {problem}");
                }
            }
        }

        Assert.True(MarkdownFiles.All().Count > 5, "no Markdown files found");
        Assert.Empty(broken);
    }

    [Fact]
    public void A_link_to_a_missing_file_or_a_missing_anchor_is_caught()
    {
        Assert.Equal("names no file", Resolve("README.md", "docs/no-such-page.md"));
        Assert.Equal("names no heading of docs/stability.md", Resolve("README.md", "docs/stability.md#no-such-heading"));
        Assert.Null(Resolve("docs/compatibility.md", "stability.md#how-a-deprecation-is-announced"));
    }

    private static bool IsExternal(string target) => target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal);

    /// <summary>Why the link from <paramref name="from"/> does not resolve, or null when it does.</summary>
    private static string? Resolve(string from, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
        var file = path.Length == 0 ? from : Path.GetRelativePath(RepositoryFile.PathOf(string.Empty), Path.GetFullPath(Path.Combine(RepositoryFile.PathOf(Path.GetDirectoryName(from) ?? string.Empty), path))).Replace('\\', '/');
        var full = RepositoryFile.PathOf(file);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "names no file";
        }

        return anchor is null || MarkdownFiles.Anchors(File.ReadAllText(full)).Contains(anchor) ? null : $"names no heading of {file}";
    }

    [GeneratedRegex(@"\]\(([^)\s]+)(?: ""[^""]*"")?\)")]
    private static partial Regex Link();
}
