using System.Text.RegularExpressions;

namespace UpCloud.GatewayExporter.Tests.Documentation;

/// <summary>The names of the types declared in src/, which a page may name.</summary>
internal static partial class SourceTypes
{
    /// <summary>Every class, record, struct, interface and enum name declared in a C# file under src/.</summary>
    public static HashSet<string> Names() =>
    [
        .. Directory.EnumerateFiles(RepositoryFile.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .SelectMany(path => Declaration().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value)),
    ];

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum) +(?:(?:class|struct) +)?(\w+)")]
    private static partial Regex Declaration();
}
