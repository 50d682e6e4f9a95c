using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The hostile run's own options; every other option is the load harness's (fleet, exporter, poll interval).</summary>
/// <param name="Duration">How long each phase runs after the exporter's first poll.</param>
/// <param name="Rate">The share of API answers the hostile phase replaces.</param>
/// <param name="CgroupBytes">The memory limit of the cgroup the exporter runs in, or null for none.</param>
/// <param name="Phases">The phases to run, in order: clean, hostile or both.</param>
/// <param name="Harness">The harness options for the fleet and the exporter.</param>
internal sealed record HostileOptions(TimeSpan Duration, double Rate, long? CgroupBytes, IReadOnlyList<string> Phases, HarnessOptions Harness)
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/UpCloud.GatewayExporter.LoadHarness -- hostile [options]

          --duration T      how long each phase runs after the exporter's first poll (2m)
          --rate R          the share of API answers the hostile phase replaces with the mix in tests/UpCloud.Testing/HostileApi.cs (0.3)
          --phase P         clean, hostile or both, in that order (both)
          --cgroup-mb N     run the exporter in a cgroup v1 memory cgroup limited to N MiB (needs root)
          and the load harness's --gateways (105 here), --poll-interval (2s here), --latency-ms (5 here),
          --concurrency (8), --exporter PATH, --jit, --json PATH
        """;

    public static HostileOptions Parse(string[] args)
    {
        var duration = TimeSpan.FromMinutes(2);
        var rate = 0.3;
        long? cgroup = null;
        string[] phases = ["clean", "hostile"];
        var rest = new List<string> { "--gateways", "105", "--poll-interval", "2s", "--latency-ms", "5" };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--duration": duration = HarnessOptions.ParseDuration("--duration", Value()); break;
                case "--rate": rate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--cgroup-mb": cgroup = long.Parse(Value(), CultureInfo.InvariantCulture) * 1024 * 1024; break;
                case "--phase":
                    phases = Value() switch
                    {
                        "both" => ["clean", "hostile"],
                        "clean" => ["clean"],
                        "hostile" => ["hostile"],
                        var other => throw new ArgumentException($"--phase: '{other}' is not clean, hostile or both"),
                    };
                    break;
                default: rest.Add(args[i]); break;
            }
        }

        return rate is > 0 and <= 1 && cgroup is null or > 0
            ? new HostileOptions(duration, rate, cgroup, phases, HarnessOptions.Parse([.. rest]))
            : throw new ArgumentException("--rate must be above 0 and at most 1, and --cgroup-mb positive");
    }
}
