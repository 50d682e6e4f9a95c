namespace UpCloud.GatewayExporter.Hosting;

/// <summary>The exporter's flags, taken out of the arguments before the rest go to configuration as <c>--NAME value</c> pairs.</summary>
/// <param name="Demo"><c>--demo</c>: poll a built-in simulated fleet.</param>
/// <param name="Once"><c>--once</c>: poll once, print the exposition, exit.</param>
/// <param name="Check"><c>--check</c>: ask the API once for each thing the exporter needs, say what works and what to fix, exit.</param>
/// <param name="Help"><c>--help</c>.</param>
/// <param name="Version"><c>--version</c>.</param>
/// <param name="HealthCheck"><c>--health-check [URL]</c>: probe a running exporter's /healthz, for container health checks without curl.</param>
/// <param name="HealthCheckUrl">The URL given to <c>--health-check</c>; null to probe where the settings say the exporter serves.</param>
/// <param name="Remaining">The arguments left for configuration.</param>
internal sealed record CommandLine(bool Demo, bool Once, bool Check, bool Help, bool Version, bool HealthCheck, Uri? HealthCheckUrl, string[] Remaining)
{
    /// <summary>The flags, as <c>--help</c> lists them before the settings.</summary>
    public static readonly IReadOnlyList<(string Flag, string Help)> Flags =
    [
        ("--demo", "poll a built-in simulated UpCloud fleet: no credentials, no network"),
        ("--once", "poll once, print the exposition to stdout; exit 0 if everything was read, else 1"),
        ("--check", "ask the API once for everything the exporter needs and print what works and what to fix; exit 0 if it would work"),
        ("--health-check [URL]", "probe a running exporter's /healthz (default: where its settings say it serves, on loopback, https with a TLS web config); exit 0 if healthy"),
        ("--version", "print the version"),
        ("--help", "print this text"),
    ];

    /// <summary>Whether the exporter serves until stopped, rather than running one of the modes that print and exit.</summary>
    public bool Serves => !Once && !Check;

    /// <summary>Splits the process arguments into flags and configuration arguments.</summary>
    public static CommandLine Parse(string[] args)
    {
        bool demo = false, once = false, check = false, help = false, version = false;
        var healthCheck = false;
        Uri? healthCheckUrl = null;
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo": demo = true; break;
                case "--once": once = true; break;
                case "--check": check = true; break;
                case "--help" or "-h": help = true; break;
                case "--version": version = true; break;
                case "--health-check" when i + 1 < args.Length && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url):
                    (healthCheck, healthCheckUrl) = (true, url);
                    i++;
                    break;
                case "--health-check": healthCheck = true; break;
                default: remaining.Add(args[i]); break;
            }
        }

        return new CommandLine(demo, once, check, help, version, healthCheck, healthCheckUrl, [.. remaining]);
    }
}
