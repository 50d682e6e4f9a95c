namespace UpCloud.GatewayExporter.Hosting;

/// <summary>The exporter's flags, taken out of the arguments before the rest go to configuration as <c>--NAME value</c> pairs.</summary>
/// <param name="Demo"><c>--demo</c>: poll a built-in simulated fleet.</param>
/// <param name="Once"><c>--once</c>: poll once, print the exposition, exit.</param>
/// <param name="Help"><c>--help</c>.</param>
/// <param name="Version"><c>--version</c>.</param>
/// <param name="HealthCheck"><c>--health-check [URL]</c>: probe a running exporter's /healthz, for container health checks without curl.</param>
/// <param name="Remaining">The arguments left for configuration.</param>
internal sealed record CommandLine(bool Demo, bool Once, bool Help, bool Version, Uri? HealthCheck, string[] Remaining)
{
    /// <summary>The default URL <c>--health-check</c> probes.</summary>
    public static readonly Uri DefaultHealthCheck = new("http://127.0.0.1:9877/healthz");

    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public const string Usage = """
        Usage: upcloud-gateway-exporter [--demo] [--once] [--urls URL] [--NAME value ...]

        Prometheus exporter for UpCloud network gateways: NAT, IPsec tunnels and IKE SAs.

          --demo                 poll a built-in simulated UpCloud fleet: no credentials, no network
          --once                 poll once, print the exposition to stdout; exit 0 if everything was read, else 1
          --urls URL             where /metrics is served (default http://0.0.0.0:9877)
          --health-check [URL]   probe a running exporter (default http://127.0.0.1:9877/healthz); exit 0 if healthy
          --version              print the version
          --help                 print this text

        Settings come from the environment, appsettings.json or --NAME value arguments:
          UPCLOUD_USERNAME, UPCLOUD_PASSWORD[_FILE]   API user (HTTP Basic)
          UPCLOUD_TOKEN[_FILE]                        API token (Bearer); not together with a password
          UPCLOUD_API_URL          default https://api.upcloud.com
          UPCLOUD_ACCOUNTS__NAME__TOKEN[_FILE], __USERNAME, __PASSWORD[_FILE], __API_URL
                                   several accounts instead of the credentials above; series get account="NAME"
          UPCLOUD_POLL_INTERVAL    default 30s (30s, 1m, 1500ms or seconds)
          UPCLOUD_MAX_CONCURRENCY  default 8 (per account)
          UPCLOUD_GATEWAYS         comma-separated UUIDs; default all
          UPCLOUD_GATEWAY_LABEL    key=value or key; default all
          EXPORTER_SHARD           INDEX/COUNT; default 0/1
          EXPORTER_WEB_CONFIG      web config file (TLS, basic auth) for /metrics
          EXPORTER_LOG_FORMAT      text or json; default text
          EXPORTER_LOG_LEVEL       debug, info, warning or error; default info

        Invalid settings stop start-up with exit code 2 and one line naming the setting.
        """;

    /// <summary>Splits the process arguments into flags and configuration arguments.</summary>
    public static CommandLine Parse(string[] args)
    {
        bool demo = false, once = false, help = false, version = false;
        Uri? healthCheck = null;
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo": demo = true; break;
                case "--once": once = true; break;
                case "--help" or "-h": help = true; break;
                case "--version": version = true; break;
                case "--health-check" when i + 1 < args.Length && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url):
                    healthCheck = url;
                    i++;
                    break;
                case "--health-check": healthCheck = DefaultHealthCheck; break;
                default: remaining.Add(args[i]); break;
            }
        }

        return new CommandLine(demo, once, help, version, healthCheck, [.. remaining]);
    }
}
