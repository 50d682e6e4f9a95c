using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The soak's own options; every other option is the load harness's (fleet, exporter, poll interval).</summary>
/// <param name="Duration">How long faults and scrapers run.</param>
/// <param name="FaultRate">The share of API requests that fail.</param>
/// <param name="Scrapers">Concurrent scrapers.</param>
/// <param name="Harness">The harness options for the fleet and the exporter.</param>
internal sealed record SoakOptions(TimeSpan Duration, double FaultRate, int Scrapers, HarnessOptions Harness)
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/UpCloud.GatewayExporter.LoadHarness -- soak [options]

          --minutes N        how long faults and scrapers run (10)
          --fault-rate R     share of API requests that fail: 500, 429, malformed, truncated, reset, slow (0.1)
          --scrapers N       concurrent scrapers, alternating plain, gzip and OpenMetrics (16)
          and the load harness's --gateways (default here 100), --latency-ms (5), --poll-interval (5s),
          --concurrency, --exporter PATH, --jit
        """;

    public static SoakOptions Parse(string[] args)
    {
        var minutes = 10.0;
        var faultRate = 0.1;
        var scrapers = 16;
        var rest = new List<string> { "--gateways", "100", "--latency-ms", "5", "--poll-interval", "5s" };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--minutes": minutes = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture); break;
                case "--fault-rate": faultRate = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture); break;
                case "--scrapers": scrapers = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture); break;
                default: rest.Add(args[i]); break;
            }
        }

        return faultRate is >= 0 and <= 1 && minutes > 0 && scrapers > 0
            ? new SoakOptions(TimeSpan.FromMinutes(minutes), faultRate, scrapers, HarnessOptions.Parse([.. rest]))
            : throw new ArgumentException("--minutes and --scrapers must be positive and --fault-rate between 0 and 1");
    }

    private static string Value(string[] args, int i) => i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
