namespace UpCloud.Api;

/// <summary>A typed client for the UpCloud API 1.3 network gateway endpoints and the audit log.</summary>
public sealed class UpCloudClient
{
    /// <summary>Creates a client over an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the API's base URL.</summary>
    /// <param name="httpClient">
    /// The HTTP client; the caller owns it and its handlers (retries, metrics) and disposes it. Its primary handler should
    /// not follow redirects: a redirect is then reported as a failure instead of taking the credentials elsewhere.
    /// </param>
    /// <param name="credentials">The credentials sent with every request.</param>
    /// <param name="options">Limits; defaults when null.</param>
    public UpCloudClient(HttpClient httpClient, UpCloudCredentials credentials, UpCloudClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        var transport = new UpCloudTransport(httpClient, credentials, options ?? new UpCloudClientOptions());
        Gateways = new GatewayApi(transport);
        Connections = new ConnectionApi(transport);
        Tunnels = new TunnelApi(transport);
        Metrics = new GatewayMetricsApi(transport);
        Plans = new PlanApi(transport);
        AuditLogs = new AuditLogApi(transport);
    }

    /// <summary>The gateway list endpoint.</summary>
    public GatewayApi Gateways { get; }

    /// <summary>The connection endpoints.</summary>
    public ConnectionApi Connections { get; }

    /// <summary>The tunnel endpoints.</summary>
    public TunnelApi Tunnels { get; }

    /// <summary>The gateway metrics endpoint.</summary>
    public GatewayMetricsApi Metrics { get; }

    /// <summary>The gateway plans endpoint.</summary>
    public PlanApi Plans { get; }

    /// <summary>The audit log endpoint.</summary>
    public AuditLogApi AuditLogs { get; }
}
