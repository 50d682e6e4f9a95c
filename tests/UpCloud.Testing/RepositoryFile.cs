namespace UpCloud.Testing;

/// <summary>
/// Files of the repository the tests, harnesses and benchmarks were built from, found by walking up to <c>exporter.sln</c>:
/// from the binaries' folder first, which lies inside the repository wherever the tests run, then from the current folder,
/// for a harness binary copied elsewhere and started from within the repository.
/// </summary>
public static class RepositoryFile
{
    private const string Marker = "exporter.sln";

    /// <summary>The repository's top folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the repository root, such as <c>docs/architecture.md</c>.</summary>
    public static string PathOf(string name) => Path.Combine(Root, name);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, Marker)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"{Marker} not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
