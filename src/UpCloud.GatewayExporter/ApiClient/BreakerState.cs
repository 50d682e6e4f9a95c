namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>The state of an account's circuit breaker, numbered as <c>upcloud_gateway_exporter_circuit_breaker_state</c> exports it.</summary>
internal enum BreakerState
{
    /// <summary>Calls go through.</summary>
    Closed = 0,

    /// <summary>One trial call goes through; its outcome closes or reopens the breaker.</summary>
    HalfOpen = 1,

    /// <summary>Calls fail fast until the break duration has passed.</summary>
    Open = 2,
}
