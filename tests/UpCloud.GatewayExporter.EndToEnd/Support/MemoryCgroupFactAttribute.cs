namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>
/// A fact that runs the exporter in a cgroup v1 memory cgroup: skipped where none can be made (not root, or no
/// <c>/sys/fs/cgroup/memory</c>), except under <c>CI=true</c>, where it fails.
/// </summary>
public sealed class MemoryCgroupFactAttribute : FactAttribute
{
    public MemoryCgroupFactAttribute()
    {
        Skip = WhyNot is { } reason && !ExecutablePath.IsCi ? $"{reason} (under CI=true the test fails instead of skipping)" : null;
    }

    /// <summary>Why no memory cgroup can be made here, or null when one can.</summary>
    public static string? WhyNot =>
        !File.Exists("/sys/fs/cgroup/memory/memory.limit_in_bytes") ? "no cgroup v1 memory controller at /sys/fs/cgroup/memory"
        : !Environment.IsPrivilegedProcess ? "making a memory cgroup needs root"
        : null;
}
