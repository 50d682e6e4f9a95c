namespace UpCloud.Testing;

/// <summary>Finds external tools on PATH, as a shell would.</summary>
public static class ExecutablePath
{
    /// <summary>Whether this run is CI, where a missing tool is a failure rather than a reason to skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}
