using System.Text.RegularExpressions;

namespace UpCloud.GatewayExporter.Tests.Documentation;

/// <summary>The repository's Markdown files, and what their text says outside code blocks.</summary>
internal static partial class MarkdownFiles
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "artifacts", "vendor"];

    /// <summary>Every Markdown file of the repository, as a path relative to its root with forward slashes.</summary>
    public static IReadOnlyList<string> All()
    {
        var root = RepositoryFile.PathOf(string.Empty);
        return [.. Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => Skipped.Contains(part, StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The file's text without its fenced code blocks and inline code, where links are not links.</summary>
    public static string Prose(string text) => InlineCode().Replace(Fence().Replace(text, string.Empty), string.Empty);

    /// <summary>The anchors GitHub gives the file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    public static HashSet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(Fence().Replace(text, string.Empty)))
        {
            var slug = Slug(heading.Groups[1].Value);
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var text = heading.Replace("`", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();
        return string.Concat(text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6} +(.+?) *#*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
