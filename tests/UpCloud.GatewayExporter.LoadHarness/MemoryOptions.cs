namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The memory run's own options; every other option is the load harness's (fleet, exporter, scrapers).</summary>
/// <param name="Duration">How long both processes are measured after the exporter's first poll.</param>
/// <param name="WarmUp">The start of that stretch left out of the steady figures.</param>
/// <param name="Pushgateway">The Pushgateway binary, or null to measure the exporter alone.</param>
/// <param name="Harness">The harness options for the fleet, the exporter and the scrapers.</param>
internal sealed record MemoryOptions(TimeSpan Duration, TimeSpan WarmUp, string? Pushgateway, HarnessOptions Harness)
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/UpCloud.GatewayExporter.LoadHarness -- memory [options]

          --duration T       how long both processes are measured after the exporter's first poll, e.g. 30m (5m)
          --warm-up T        left out of the steady figures at the start of that stretch (1m)
          --pushgateway PATH the Pushgateway to run beside the exporter (/usr/bin/prometheus-pushgateway)
          --no-pushgateway   measure the exporter alone
          and the load harness's --gateways (1000), --scrapers (4, on each process), --scrape-pause-ms (1000 here:
          back-to-back scrapes of a Pushgateway holding 73,000 series take both cores and its RSS is then scrape
          garbage), --poll-interval (10s), --latency-ms, --concurrency, --exporter PATH, --jit, --json PATH
        """;

    public static MemoryOptions Parse(string[] args)
    {
        var duration = TimeSpan.FromMinutes(5);
        var warmUp = TimeSpan.FromMinutes(1);
        string? pushgateway = "/usr/bin/prometheus-pushgateway";
        var rest = new List<string> { "--scrape-pause-ms", "1000" };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--duration": duration = HarnessOptions.ParseDuration("--duration", Value()); break;
                case "--warm-up": warmUp = HarnessOptions.ParseDuration("--warm-up", Value()); break;
                case "--pushgateway": pushgateway = Path.GetFullPath(Value()); break;
                case "--no-pushgateway": pushgateway = null; break;
                default: rest.Add(args[i]); break;
            }
        }

        if (warmUp >= duration)
        {
            throw new ArgumentException("--warm-up must be shorter than --duration");
        }

        if (pushgateway is not null && !File.Exists(pushgateway))
        {
            throw new ArgumentException($"{pushgateway} does not exist: apt-get install prometheus-pushgateway, or pass --pushgateway PATH or --no-pushgateway");
        }

        return new MemoryOptions(duration, warmUp, pushgateway, HarnessOptions.Parse([.. rest]));
    }
}
