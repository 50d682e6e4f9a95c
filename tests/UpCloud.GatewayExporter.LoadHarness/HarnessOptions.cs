using System.Globalization;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The harness's command line: the fleet, the exporter's settings and how long to measure.</summary>
internal sealed record HarnessOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/UpCloud.GatewayExporter.LoadHarness -- [options]

          --gateways N          simulated gateways (1000)
          --connections N       IPsec connections per gateway (2)
          --tunnels N           tunnels per connection (2)
          --nat-nodes N         NAT nodes per gateway (2)
          --latency-ms N        simulated API latency per request (20)
          --concurrency N       the exporter's UPCLOUD_MAX_CONCURRENCY (8)
          --poll-interval T     the exporter's UPCLOUD_POLL_INTERVAL, e.g. 10s (10s)
          --quiet-polls N       polls measured without scrapers: CPU per poll, poll time, steady RSS (4)
          --polls N             polls measured with the scrapers running (6)
          --scrapers N          concurrent scrapers during the measured polls (4)
          --scrape-pause-ms N   pause between one scraper's scrapes; 0 scrapes back to back (0)
          --exporter PATH       run this exporter: a Native AOT binary, or a .dll run with `dotnet`
                                (default: publish the Native AOT build into artifacts/loadharness/aot)
          --jit                 without --exporter: build the daemon and run its dll under the JIT instead
          --json PATH           also append the JSON result line to this file
        """;

    public int Gateways { get; init; } = 1000;

    public int ConnectionsPerGateway { get; init; } = 2;

    public int TunnelsPerConnection { get; init; } = 2;

    public int NatNodesPerGateway { get; init; } = 2;

    public int LatencyMs { get; init; } = 20;

    public int Concurrency { get; init; } = 8;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    public int QuietPolls { get; init; } = 4;

    public int Polls { get; init; } = 6;

    public int Scrapers { get; init; } = 4;

    public int ScrapePauseMs { get; init; }

    public string? Exporter { get; init; }

    public bool Jit { get; init; }

    public string? JsonPath { get; init; }

    public bool Help { get; init; }

    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Number(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new ArgumentException($"{name} needs an integer of at least {min}");
            options = name switch
            {
                "--gateways" => options with { Gateways = Number(1) },
                "--connections" => options with { ConnectionsPerGateway = Number(0) },
                "--tunnels" => options with { TunnelsPerConnection = Number(0) },
                "--nat-nodes" => options with { NatNodesPerGateway = Number(0) },
                "--latency-ms" => options with { LatencyMs = Number(0) },
                "--concurrency" => options with { Concurrency = Number(1) },
                "--poll-interval" => options with { PollInterval = ParseDuration(name, Value()) },
                "--quiet-polls" => options with { QuietPolls = Number(1) },
                "--polls" => options with { Polls = Number(1) },
                "--scrapers" => options with { Scrapers = Number(0) },
                "--scrape-pause-ms" => options with { ScrapePauseMs = Number(0) },
                "--exporter" => options with { Exporter = Path.GetFullPath(Value()) },
                "--jit" => options with { Jit = true },
                "--json" => options with { JsonPath = Path.GetFullPath(Value()) },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    /// <summary>The interval as the exporter's setting spells it.</summary>
    public string PollIntervalSetting => $"{(long)PollInterval.TotalMilliseconds}ms";

    /// <summary>Parses a duration such as 10s, 1500ms or 30m for the option <paramref name="name"/>.</summary>
    public static TimeSpan ParseDuration(string name, string text)
    {
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? TimeSpan.FromSeconds(value * unit)
            : throw new ArgumentException($"{name}: '{text}' is not a duration such as 10s, 1500ms or 1m");
    }
}
