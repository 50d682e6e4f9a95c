using UpCloud.GatewayExporter.EndToEnd.Api;
using UpCloud.GatewayExporter.EndToEnd.Stack;
using UpCloud.GatewayExporter.EndToEnd.Support;
using UpCloud.Simulator;
using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.EndToEnd.ScaleOut;

/// <summary>
/// The scale-out scheme of docs/deployment/large-fleets.md on real parts: one simulated fleet, three exporter processes with
/// <c>EXPORTER_SHARD</c> 0/3, 1/3 and 2/3, a Prometheus in agent mode scraping them and remote-writing to
/// VictoriaMetrics, and vmalert evaluating the project's recording rules against VictoriaMetrics and writing
/// the results back. Starts nothing when the test is skipped (a tool missing outside CI).
/// </summary>
public sealed class ShardedStack : IAsyncLifetime
{
    /// <summary>Big enough that every one of three shards owns gateways.</summary>
    public const int Gateways = 30;

    public const int Shards = 3;

    /// <summary>How long a test waits for the data to arrive in VictoriaMetrics.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<ExporterProcess> exporters = [];
    private UpCloudSimulator? simulator;
    private LoopbackService? victoriaMetrics;
    private LoopbackService? vmalert;
    private PrometheusProcess? agent;

    /// <summary>The UUIDs of every gateway the simulator serves.</summary>
    internal IReadOnlySet<string> GatewayUuids { get; private set; } = new HashSet<string>();

    /// <summary>VictoriaMetrics's PromQL API.</summary>
    internal PrometheusClient VictoriaMetrics { get; private set; } = null!;

    /// <summary>vmalert's API: the rule groups it evaluates.</summary>
    internal PrometheusClient Vmalert { get; private set; } = null!;

    /// <summary>Everything the processes wrote, for failure messages.</summary>
    internal string Output => string.Join('\n', [
        .. exporters.Select((exporter, shard) => $"--- exporter {shard}/{Shards}\n{exporter.Output}"),
        $"--- Prometheus agent\n{agent?.Output}",
        $"--- victoria-metrics\n{victoriaMetrics?.Output}",
        $"--- vmalert\n{vmalert?.Output}",
    ]);

    public async Task InitializeAsync()
    {
        if (ExternalTools.VictoriaMetrics.SkipReason is not null)
        {
            return;
        }

        ExternalTools.VictoriaMetrics.Require();
        try
        {
            simulator = await UpCloudSimulator.StartAsync(new SimulatorOptions { Gateways = Gateways, Token = TestCredentials.Token });
            KeepOneTunnelDown(simulator.Fleet);
            GatewayUuids = simulator.Fleet.Gateways.Select(gateway => gateway.Uuid).ToHashSet();
            for (var shard = 0; shard < Shards; shard++)
            {
                exporters.Add(await ReadyExporter.StartAsync(http, new Dictionary<string, string>
                {
                    ["UPCLOUD_API_URL"] = simulator.BaseAddress.AbsoluteUri,
                    ["UPCLOUD_TOKEN"] = TestCredentials.Token,
                    ["EXPORTER_SHARD"] = $"{shard}/{Shards}",
                    ["UPCLOUD_POLL_INTERVAL"] = "1s",
                }));
            }

            victoriaMetrics = await LoopbackService.StartAsync("victoria-metrics", (port, directory) =>
            [
                $"-httpListenAddr=127.0.0.1:{port}",
                $"-storageDataPath={Path.Combine(directory, "data")}",
                // Queries see samples as soon as they are written, not 30 s later, and are never answered from a cache.
                "-search.latencyOffset=1s",
                "-search.disableCache",
                "-loggerLevel=WARN",
            ], "health", http);
            VictoriaMetrics = new PrometheusClient(http, victoriaMetrics.BaseAddress);

            vmalert = await LoopbackService.StartAsync("vmalert", (port, _) =>
            [
                $"-httpListenAddr=127.0.0.1:{port}",
                $"-rule={RepositoryPaths.RecordingRuleFile}",
                $"-datasource.url={victoriaMetrics.BaseAddress.AbsoluteUri.TrimEnd('/')}",
                $"-remoteWrite.url={victoriaMetrics.BaseAddress.AbsoluteUri.TrimEnd('/')}",
                "-remoteWrite.flushInterval=1s",
                "-evaluationInterval=1s",
                "-loggerLevel=WARN",
            ], "health", http);
            Vmalert = new PrometheusClient(http, vmalert.BaseAddress);

            agent = await PrometheusProcess.StartAgentAsync(
                [.. exporters.Select(exporter => exporter.Target)], new Uri(victoriaMetrics.BaseAddress, "api/v1/write"), http);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in new IAsyncDisposable?[] { agent, vmalert, victoriaMetrics }.OfType<IAsyncDisposable>())
        {
            await process.DisposeAsync();
        }

        agent = null;
        vmalert = null;
        victoriaMetrics = null;
        foreach (var exporter in exporters)
        {
            await exporter.DisposeAsync();
        }

        exporters.Clear();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
            simulator = null;
        }

        http.Dispose();
    }

    /// <summary>A tunnel that stays idle, so the "not established since" recording rule has a series to record.</summary>
    private static void KeepOneTunnelDown(SimulatedFleet fleet) => fleet.Update(() =>
    {
        var tunnel = fleet.Gateways[0].Connections[0].Tunnels[0];
        tunnel.Flaps = false;
        tunnel.OperationalState = "idle";
    });
}
