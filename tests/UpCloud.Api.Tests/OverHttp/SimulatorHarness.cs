using Microsoft.Extensions.Time.Testing;
using UpCloud.Api.Tests.Support;
using UpCloud.Simulator;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Api.Tests.OverHttp;

/// <summary>A simulator on loopback with a frozen clock and a real client pointed at it over HTTP.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private SimulatorHarness(UpCloudSimulator sim, HttpClient http, UpCloudClient client)
    {
        Sim = sim;
        Http = http;
        Client = client;
    }

    public UpCloudSimulator Sim { get; }

    public HttpClient Http { get; }

    public UpCloudClient Client { get; }

    public IReadOnlyList<SimGateway> Fleet => Sim.Fleet.Gateways;

    public static async Task<SimulatorHarness> StartAsync(
        int gateways = 4,
        UpCloudCredentials? credentials = null,
        UpCloudClientOptions? clientOptions = null,
        TimeSpan? timeout = null,
        HttpMessageHandler? handler = null,
        bool wireVariants = true)
    {
        var sim = await UpCloudSimulator.StartAsync(new SimulatorOptions
        {
            Gateways = gateways,
            Seed = 1,
            Username = Secrets.Username,
            Password = Secrets.Password,
            Token = Secrets.Token,
            TimeProvider = new FakeTimeProvider(Start),
            Live = false,
            WireVariants = wireVariants,
        });
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = sim.BaseAddress;
        if (timeout is { } t)
        {
            http.Timeout = t;
        }

        return new SimulatorHarness(sim, http, new UpCloudClient(http, credentials ?? Secrets.Basic(), clientOptions));
    }

    /// <summary>Adds a fault rule for one route, optionally one gateway.</summary>
    public FaultRule Fault(FaultKind kind, string route, string? gatewayUuid = null, int statusCode = 500) =>
        Sim.Faults.Add(new FaultRule { Kind = kind, Route = route, GatewayUuid = gatewayUuid, StatusCode = statusCode, RetryAfter = TimeSpan.FromSeconds(7) });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
