using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Reads a process's resident memory and CPU time from <c>/proc</c>, as <c>ps</c> and <c>top</c> do.</summary>
/// <param name="Pid">The process.</param>
internal sealed record ProcessStats(int Pid)
{
    /// <summary>The statistics of an exporter process.</summary>
    public static ProcessStats Of(ExporterProcess process) => new(process.Pid);

    // USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>VmRSS in bytes: the memory the process holds in RAM now.</summary>
    public long Rss() => StatusField("VmRSS:");

    /// <summary>VmHWM in bytes: the most memory the process has held in RAM.</summary>
    public long PeakRss() => StatusField("VmHWM:");

    /// <summary>RssAnon and RssFile in bytes: the resident memory the process allocated, and the resident pages of files it maps (its binary and libraries).</summary>
    public (long Anonymous, long File) RssParts() => (StatusField("RssAnon:"), StatusField("RssFile:"));

    /// <summary>User plus system CPU time consumed so far.</summary>
    public TimeSpan Cpu()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");

        // The command name may hold spaces and parentheses; the fields after its closing parenthesis are fixed.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }

    private long StatusField(string name)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                var kilobytes = line[name.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{Pid}/status has no {name}");
    }
}
