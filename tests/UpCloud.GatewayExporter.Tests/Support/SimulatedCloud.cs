using Microsoft.Extensions.Time.Testing;
using UpCloud.Simulator;
using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// A simulator on a frozen fake clock with random evolution off, so every counter holds exactly what the fleet
/// model says until a test moves the clock; it demands credentials, so every exporter run exercises authentication.
/// </summary>
internal sealed class SimulatedCloud : IAsyncDisposable
{
    public const string Username = "exporter-it";
    public const string Password = "pw-Zq8#vN2!integration";
    public const string Token = "ucat_integration_9f3e1c";

    private readonly SimulatorOptions _options;
    private bool _stopped;

    private SimulatedCloud(UpCloudSimulator simulator, FakeTimeProvider time, SimulatorOptions options)
    {
        Simulator = simulator;
        Time = time;
        _options = options;
    }

    /// <summary>The simulator serving right now; <see cref="RestartAsync"/> replaces it.</summary>
    public UpCloudSimulator Simulator { get; private set; }

    public FakeTimeProvider Time { get; }

    public SimulatedFleet Fleet => Simulator.Fleet;

    public IReadOnlyList<SimGateway> Gateways => Simulator.Fleet.Gateways;

    public static async Task<SimulatedCloud> StartAsync(int gateways = 3, Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var options = new SimulatorOptions
        {
            Gateways = gateways,
            Live = false,
            TimeProvider = time,
            Username = Username,
            Password = Password,
            Token = Token,
        };
        configure?.Invoke(options);
        return new SimulatedCloud(await UpCloudSimulator.StartAsync(options), time, options);
    }

    /// <summary>Takes the API off the network: the port is closed, so connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        _options.Port = Simulator.BaseAddress.Port;
        _stopped = true;
        await Simulator.DisposeAsync();
    }

    /// <summary>
    /// Brings the API back on the same port with the same seed and clock, so it serves the same fleet as before as long
    /// as the clock has not moved; faults, credential changes and request counts start afresh.
    /// </summary>
    public async Task RestartAsync()
    {
        Simulator = await UpCloudSimulator.StartAsync(_options);
        _stopped = false;
    }

    /// <summary>The exporter arguments pointing at this simulator with a one-second poll interval, HTTP Basic by default.</summary>
    public string[] ExporterArgs(bool bearer = false, params string[] extra) =>
    [
        "--UPCLOUD_API_URL", Simulator.BaseAddress.AbsoluteUri,
        .. bearer ? new[] { "--UPCLOUD_TOKEN", Token } : ["--UPCLOUD_USERNAME", Username, "--UPCLOUD_PASSWORD", Password],
        "--UPCLOUD_POLL_INTERVAL", "1s",
        .. extra,
    ];

    /// <summary>The body the simulator serves at <paramref name="path"/> right now, for a test to make hostile.</summary>
    public async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return await http.GetStringAsync(path);
    }

    /// <summary>Starts an exporter polling this simulator.</summary>
    public Task<RunningExporter> StartExporterAsync(bool bearer = false, params string[] extra) => RunningExporter.StartAsync(ExporterArgs(bearer, extra));

    public ValueTask DisposeAsync() => _stopped ? ValueTask.CompletedTask : Simulator.DisposeAsync();
}
