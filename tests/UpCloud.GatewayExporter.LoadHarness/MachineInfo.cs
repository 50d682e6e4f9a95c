using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>What the numbers were measured on: cores, CPU model, memory and how busy the machine was.</summary>
internal static class MachineInfo
{
    public static int Cores => Environment.ProcessorCount;

    public static string CpuModel =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";

    public static double MemoryGiB
    {
        get
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        }
    }

    /// <summary>The one-minute load average.</summary>
    public static double LoadAverage => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
