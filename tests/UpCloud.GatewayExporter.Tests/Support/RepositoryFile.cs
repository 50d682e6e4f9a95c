namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Finds files of the repository the tests run in, such as the README, from the test binaries' folder.</summary>
internal static class RepositoryFile
{
    /// <summary>The full path of a file given relative to the repository root.</summary>
    public static string PathOf(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "exporter.sln")))
            {
                return Path.Combine(directory.FullName, name);
            }
        }

        throw new FileNotFoundException("exporter.sln not found above the test binaries", name);
    }
}
