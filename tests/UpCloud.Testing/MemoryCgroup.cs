using System.Globalization;

namespace UpCloud.Testing;

/// <summary>
/// A cgroup v1 memory cgroup of its own, for running a process under a memory limit as a container would: a folder
/// under <c>/sys/fs/cgroup/memory</c> with <c>memory.limit_in_bytes</c> set, and no swap to escape to. Processes join
/// it by writing their PID to <c>cgroup.procs</c>; disposing it removes the folder once they have ended.
/// </summary>
public sealed class MemoryCgroup : IAsyncDisposable
{
    private const string Root = "/sys/fs/cgroup/memory";

    private MemoryCgroup(string path, long limit)
    {
        Path = path;
        Limit = limit;
    }

    /// <summary>The cgroup's folder.</summary>
    public string Path { get; }

    /// <summary>The memory limit in bytes.</summary>
    public long Limit { get; }

    /// <summary>How often the cgroup's usage hit the limit, so that the kernel had to reclaim memory (<c>memory.failcnt</c>).</summary>
    public long Failures => ReadNumber("memory.failcnt");

    /// <summary>The most memory the cgroup's processes held at once, page cache included (<c>memory.max_usage_in_bytes</c>).</summary>
    public long PeakUsage => ReadNumber("memory.max_usage_in_bytes");

    /// <summary>How many processes the kernel's OOM killer ended in this cgroup (<c>oom_kill</c> in <c>memory.oom_control</c>).</summary>
    public long OomKills => File.ReadLines(System.IO.Path.Combine(Path, "memory.oom_control"))
        .Select(line => line.Split(' '))
        .Where(fields => fields is ["oom_kill", _])
        .Select(fields => long.Parse(fields[1], CultureInfo.InvariantCulture))
        .FirstOrDefault();

    /// <summary>Creates a cgroup named <paramref name="name"/> with a limit of <paramref name="limit"/> bytes, or returns null and why not.</summary>
    public static MemoryCgroup? TryCreate(string name, long limit, out string whyNot)
    {
        var path = System.IO.Path.Combine(Root, name);
        try
        {
            if (!File.Exists(System.IO.Path.Combine(Root, "memory.limit_in_bytes")))
            {
                whyNot = $"no cgroup v1 memory controller at {Root}";
                return null;
            }

            Directory.CreateDirectory(path);
            var cgroup = new MemoryCgroup(path, limit);
            cgroup.Write("memory.limit_in_bytes", limit);

            // With swap, the limit would page out instead of failing; the memory+swap limit must not be below the memory one.
            if (File.Exists(System.IO.Path.Combine(path, "memory.memsw.limit_in_bytes")))
            {
                cgroup.Write("memory.memsw.limit_in_bytes", limit);
            }

            whyNot = string.Empty;
            return cgroup;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path);
            }

            whyNot = $"cannot make a memory cgroup at {path}: {ex.Message}";
            return null;
        }
    }

    /// <summary>Arguments for <c>/bin/sh</c> that move the shell into the cgroup and then replace it with the program, so it starts inside.</summary>
    public IReadOnlyList<string> Wrap(string program, IEnumerable<string> arguments) =>
        ["-c", "echo $$ > \"$0/cgroup.procs\" && exec \"$@\"", Path, program, .. arguments];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // rmdir fails while a process is still inside: the caller ends its processes first, and a killed one leaves shortly after.
        for (var attempt = 0; attempt < 100 && Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path);
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
        }
    }

    private void Write(string file, long value) =>
        File.WriteAllText(System.IO.Path.Combine(Path, file), value.ToString(CultureInfo.InvariantCulture));

    private long ReadNumber(string file) =>
        long.Parse(File.ReadAllText(System.IO.Path.Combine(Path, file)).Trim(), CultureInfo.InvariantCulture);
}
