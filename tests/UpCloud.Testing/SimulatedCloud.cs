using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using UpCloud.Simulator;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Testing;

/// <summary>
/// The simulated UpCloud API every test talks to over loopback HTTP. Its fleet runs on a fake clock frozen at
/// <see cref="TestClock.Start"/> with random evolution off, so every counter holds exactly what the fleet model says until
/// a test moves the clock; it demands <see cref="TestCredentials"/>, so every client and exporter run authenticates.
/// </summary>
public sealed class SimulatedCloud : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly SimulatorOptions _options;
    private bool _stopped;

    private SimulatedCloud(UpCloudSimulator simulator, FakeTimeProvider time, SimulatorOptions options)
    {
        Simulator = simulator;
        Time = time;
        _options = options;
        Http = new HttpClient { BaseAddress = simulator.BaseAddress, Timeout = RequestTimeout };
        Http.DefaultRequestHeaders.Authorization = options switch
        {
            { Token: { } token } => new AuthenticationHeaderValue("Bearer", token),
            { Username: { } username, Password: { } password } => TestCredentials.Basic(username, password),
            _ => null,
        };
    }

    /// <summary>The simulator serving right now; <see cref="RestartAsync"/> replaces it.</summary>
    public UpCloudSimulator Simulator { get; private set; }

    /// <summary>The clock the fleet evolves by: nothing accrues, rekeys or expires until the test advances it.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>
    /// A client of the simulator presenting the credentials it was started with, as an authenticated client would; a
    /// request that sets its own Authorization header sends that one instead.
    /// </summary>
    public HttpClient Http { get; }

    public SimulatedFleet Fleet => Simulator.Fleet;

    public IReadOnlyList<SimGateway> Gateways => Simulator.Fleet.Gateways;

    /// <summary>Starts a frozen fleet of <paramref name="gateways"/> demanding <see cref="TestCredentials"/>; <paramref name="configure"/> changes anything else.</summary>
    public static Task<SimulatedCloud> StartAsync(int gateways = 3, Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            Gateways = gateways,
            Live = false,
            Username = TestCredentials.Username,
            Password = TestCredentials.Password,
            Token = TestCredentials.Token,
        };
        configure?.Invoke(options);
        return StartAsync(options);
    }

    /// <summary>Starts a simulator of options the test made itself, such as <see cref="SimulatorOptions.Demo"/>, on the frozen clock.</summary>
    public static async Task<SimulatedCloud> StartAsync(SimulatorOptions options)
    {
        var time = TestClock.Frozen();
        options.TimeProvider = time;
        return new SimulatedCloud(await UpCloudSimulator.StartAsync(options), time, options);
    }

    /// <summary>Gets <paramref name="path"/>, given with or without its leading slash, through <see cref="Http"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path.TrimStart('/'));

    /// <summary>The body the simulator serves at <paramref name="path"/> right now, such as one for a test to make hostile.</summary>
    public async Task<string> GetBodyAsync(string path)
    {
        using var response = await GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The JSON document at <paramref name="path"/>, failing the test unless it is a successful JSON answer.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {path}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
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

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_stopped)
        {
            await Simulator.DisposeAsync();
        }
    }
}
