using System.Diagnostics;

namespace UpCloud.Testing;

/// <summary>
/// The exporter as a child process on a loopback port, the way users run it: a Native AOT binary, or the dll under the
/// dotnet host. It gets exactly the settings it is given: exporter settings inherited from the developer's or CI's
/// environment are removed first. Disposing it kills it.
/// </summary>
public sealed class ExporterProcess : IAsyncDisposable
{
    private readonly ChildProcess _child;

    private ExporterProcess(ChildProcess child, int port, long startedAt)
    {
        _child = child;
        Target = $"127.0.0.1:{port}";
        BaseAddress = new Uri($"http://{Target}/");
        StartedAt = startedAt;
    }

    /// <summary>host:port, as a Prometheus target.</summary>
    public string Target { get; }

    /// <summary>Where it serves.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The <see cref="Stopwatch"/> timestamp taken just before it was started.</summary>
    public long StartedAt { get; }

    /// <summary>Its process id.</summary>
    public int Pid => _child.Pid;

    /// <summary>Whether it has exited.</summary>
    public bool HasExited => _child.HasExited;

    /// <summary>The last lines it wrote, for a failure message.</summary>
    public string Output => _child.Output;

    /// <summary>How it ended: its exit code, or 128 plus the signal that ended it (139 for SIGSEGV, 137 for SIGKILL); null while it runs.</summary>
    public int? ExitCode => _child.HasExited ? _child.ExitCode : null;

    /// <summary>Starts <paramref name="program"/> (the binary, or a dll, run with the dotnet host) on <paramref name="port"/>.</summary>
    /// <param name="program">The AOT binary or the exporter's dll.</param>
    /// <param name="arguments">Arguments after the listening address, such as <c>--demo</c>.</param>
    /// <param name="settings">Environment settings, such as <c>UPCLOUD_API_URL</c>; secrets belong here, where ps does not show them.</param>
    /// <param name="port">The loopback port to serve on.</param>
    /// <param name="cgroup">A memory cgroup to start it in, or null.</param>
    public static ExporterProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings, int port, MemoryCgroup? cgroup = null)
    {
        var dll = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        List<string> command = dll ? [DotnetHost, program] : [program];
        command.AddRange(["--urls", $"http://127.0.0.1:{port}", .. arguments]);
        if (cgroup is not null)
        {
            command = ["/bin/sh", .. cgroup.Wrap(command[0], command[1..])];
        }

        var startInfo = new ProcessStartInfo(command[0]) { WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in command[1..])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.Where(IsExporterSetting).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            startInfo.Environment[name] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        return new ExporterProcess(ChildProcess.Start(startInfo), port, startedAt);
    }

    /// <summary>True once <c>/readyz</c> answers 200, false if it has not within <paramref name="limit"/>; throws if the process exits.</summary>
    public async Task<bool> WaitUntilReadyAsync(HttpClient http, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_child.HasExited)
            {
                throw new InvalidOperationException($"the exporter exited during start-up:\n{_child.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "readyz"));
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _child.DisposeAsync();

    /// <summary>The dotnet host that runs the caller (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static bool IsExporterSetting(string name) =>
        name.StartsWith("UPCLOUD_", StringComparison.Ordinal) || name.StartsWith("EXPORTER_", StringComparison.Ordinal) || name == "ASPNETCORE_URLS";
}
