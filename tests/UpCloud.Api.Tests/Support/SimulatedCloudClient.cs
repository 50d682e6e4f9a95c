using UpCloud.Simulator.Faults;

namespace UpCloud.Api.Tests.Support;

/// <summary>The client under test, talking real HTTP to the shared simulated cloud.</summary>
internal static class SimulatedCloudClient
{
    /// <summary>The simulator deals the documented JSON variants to its gateways in turn, four of them, so four gateways show the client each one.</summary>
    public const int EveryWireVariant = 4;

    /// <summary>A client of <paramref name="cloud"/>, over <paramref name="http"/> when a test needs its own timeout or handler.</summary>
    public static UpCloudClient Client(this SimulatedCloud cloud, UpCloudCredentials? credentials = null, UpCloudClientOptions? options = null, HttpClient? http = null) =>
        new(http ?? cloud.Http, credentials ?? Secrets.Basic(), options);

    /// <summary>The single-resource endpoints of <paramref name="cloud"/>, as <see cref="Client"/> would call them.</summary>
    public static SingleResources Single(this SimulatedCloud cloud, UpCloudCredentials? credentials = null, UpCloudClientOptions? options = null, HttpClient? http = null) =>
        new(new UpCloudTransport(http ?? cloud.Http, credentials ?? Secrets.Basic(), options ?? new UpCloudClientOptions()));

    /// <summary>Adds a fault for one route, optionally one gateway, asking for a retry after 7 s where the fault answers 429.</summary>
    public static FaultRule Fault(this SimulatedCloud cloud, FaultKind kind, string route, string? gatewayUuid = null, int statusCode = 500) =>
        cloud.Simulator.Faults.Add(new FaultRule { Kind = kind, Route = route, GatewayUuid = gatewayUuid, StatusCode = statusCode, RetryAfter = TimeSpan.FromSeconds(7) });
}
