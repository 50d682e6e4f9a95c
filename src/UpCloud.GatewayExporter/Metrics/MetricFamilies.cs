using Prometheus;
using UpCloud.GatewayExporter.Metrics.Resources;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Every metric the exporter serves, with its name, help and labels in one place, created on the registry it is given.</summary>
internal sealed class MetricFamilies
{
    private const string Cached = " Cached from the last completed poll, not collected at scrape time; see upcloud_gateway_exporter_last_poll_success_timestamp_seconds.";
    private static readonly string[] Gateway = ["gateway_uuid", "gateway"];
    private static readonly string[] Tunnel = [.. Gateway, "connection", "tunnel"];
    private static readonly string[] Node = [.. Gateway, "node"];

    private readonly AccountResources _resources;

    /// <summary>
    /// Creates the families of one account on <paramref name="registry"/>; each test builds its own registry. Every
    /// account's series carry its name as the <c>account</c> label, except the unnamed account's (null), which carry none.
    /// </summary>
    public MetricFamilies(ExporterRegistry registry, string version, TimeSpan pollInterval, string? account = null)
    {
        var shared = Prometheus.Metrics.WithCustomRegistry(registry.Collectors);

        // prometheus-net keeps each account's collectors apart under one family per name, so every account sweeps and
        // counts its own series while a scrape shows each name once.
        var factory = account is null ? shared : shared.WithLabels(new Dictionary<string, string> { ["account"] = account });

        // Resource series are not prometheus-net children but a table each poll rebuilds (see AccountResources): tens
        // of thousands of children, their label objects and cached label bytes cost several hundred bytes per series.
        _resources = new AccountResources(account);
        registry.Resources.Add(_resources);

        GatewayInfo = Resource(false, "upcloud_gateway_info", "Gateway metadata; always 1." + Cached, [.. Gateway, "zone", "plan"]);
        GatewayOperationalState = Resource(false, "upcloud_gateway_operational_state", "The gateway's operational state as the API reports it; one series with value 1 for the current state." + Cached, [.. Gateway, "state"]);
        GatewayMetricsUp = Resource(false, "upcloud_gateway_metrics_up", "1 if the last call to this gateway's /metrics endpoint succeeded, else 0; when 0 its NAT and IPsec series are withheld." + Cached, Gateway);
        NatActiveConnections = Resource(false, "upcloud_gateway_nat_active_connections", "NAT connections open on a gateway node." + Cached, Node);
        NatAcceptedConnections = Resource(true, "upcloud_gateway_nat_accepted_connections_total", "NAT connections accepted by a gateway node; continues across node restarts." + Cached, Node);
        NatRejectedConnections = Resource(true, "upcloud_gateway_nat_rejected_connections_total", "NAT connections rejected by a gateway node; continues across node restarts." + Cached, Node);
        TunnelInfo = Resource(false, "upcloud_gateway_tunnel_info", "Configured IPsec tunnel metadata; always 1." + Cached, [.. Tunnel, "tunnel_uuid", "local_address", "remote_address"]);
        TunnelState = Resource(false, "upcloud_gateway_tunnel_state", "Tunnel operational state as a stateset: one series per state in idle, connecting, established, destroying, unknown, exactly one of them 1; unrecognised states count as unknown." + Cached, [.. Tunnel, "state"]);
        TunnelUp = Resource(false, "upcloud_gateway_tunnel_up", "1 if UpCloud considers the tunnel up, else 0." + Cached, Tunnel);
        TunnelHealthy = Resource(false, "upcloud_gateway_tunnel_healthy", "1 if UpCloud considers the tunnel healthy, else 0." + Cached, Tunnel);
        TunnelUpEvents = Resource(true, "upcloud_gateway_tunnel_up_events_total", "Times the tunnel came up." + Cached, Tunnel);
        TunnelDownEvents = Resource(true, "upcloud_gateway_tunnel_down_events_total", "Times the tunnel went down." + Cached, Tunnel);
        ReceiveBytes = Resource(true, "upcloud_gateway_ipsec_receive_bytes_total", "Bytes received through the tunnel's child SAs; continues across rekeys." + Cached, Tunnel);
        TransmitBytes = Resource(true, "upcloud_gateway_ipsec_transmit_bytes_total", "Bytes sent through the tunnel's child SAs; continues across rekeys." + Cached, Tunnel);
        ReceivePackets = Resource(true, "upcloud_gateway_ipsec_receive_packets_total", "Packets received through the tunnel's child SAs; continues across rekeys." + Cached, Tunnel);
        TransmitPackets = Resource(true, "upcloud_gateway_ipsec_transmit_packets_total", "Packets sent through the tunnel's child SAs; continues across rekeys." + Cached, Tunnel);
        ChildSas = Resource(false, "upcloud_gateway_ipsec_child_sas", "Child SAs of the tunnel." + Cached, Tunnel);
        IkeSaEstablished = Resource(false, "upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds", "Unix time the tunnel's current IKE SA was established." + Cached, Tunnel);

        ExporterUp = factory.CreateGauge("upcloud_gateway_exporter_up", "1 if the last poll read the gateway list, else 0; while 0 all resource series are withheld.");
        LastPollDuration = factory.CreateGauge("upcloud_gateway_exporter_last_poll_duration_seconds", "How long the last poll of the UpCloud API took.");
        LastPollSuccess = factory.CreateGauge("upcloud_gateway_exporter_last_poll_success_timestamp_seconds", "Unix time of the last poll that read the gateway list; the age of every cached series.",
            new GaugeConfiguration { SuppressInitialValue = true });
        PollInterval = shared.CreateGauge("upcloud_gateway_exporter_poll_interval_seconds", "The configured time between polls.");
        PollInterval.Set(pollInterval.TotalSeconds);
        Polls = factory.CreateCounter("upcloud_gateway_exporter_polls_total", "Polls of the UpCloud API completed.");
        PollFailures = factory.CreateCounter("upcloud_gateway_exporter_poll_failures_total", "Polls that could not read the gateway list.");
        RejectedGateways = factory.CreateGauge("upcloud_gateway_exporter_rejected_gateways", "Gateway list entries the last poll dropped because they did not match the documented shape.");
        ApiRequests = factory.CreateCounter("upcloud_gateway_exporter_api_requests_total", "UpCloud API HTTP attempts, retries included, by route template and status code (error when no response came).", ["endpoint", "code"]);
        ApiRequestDuration = factory.CreateHistogram("upcloud_gateway_exporter_api_request_duration_seconds", "Duration of UpCloud API HTTP attempts by route template.",
            new HistogramConfiguration { LabelNames = ["endpoint"], Buckets = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        CircuitBreakerState = factory.CreateGauge("upcloud_gateway_exporter_circuit_breaker_state", "State of the circuit breaker in front of the UpCloud API: 0 closed, 1 half-open, 2 open.");
        shared.CreateGauge("upcloud_gateway_exporter_build_info", "The exporter's build; always 1.", ["version"]).WithLabels(version).Set(1);
        _resources.Seal();
    }

    /// <summary><c>upcloud_gateway_info</c>.</summary>
    public ResourceFamily GatewayInfo { get; }

    /// <summary><c>upcloud_gateway_operational_state</c>.</summary>
    public ResourceFamily GatewayOperationalState { get; }

    /// <summary><c>upcloud_gateway_metrics_up</c>.</summary>
    public ResourceFamily GatewayMetricsUp { get; }

    /// <summary><c>upcloud_gateway_nat_active_connections</c>.</summary>
    public ResourceFamily NatActiveConnections { get; }

    /// <summary><c>upcloud_gateway_nat_accepted_connections_total</c>.</summary>
    public ResourceFamily NatAcceptedConnections { get; }

    /// <summary><c>upcloud_gateway_nat_rejected_connections_total</c>.</summary>
    public ResourceFamily NatRejectedConnections { get; }

    /// <summary><c>upcloud_gateway_tunnel_info</c>.</summary>
    public ResourceFamily TunnelInfo { get; }

    /// <summary><c>upcloud_gateway_tunnel_state</c>.</summary>
    public ResourceFamily TunnelState { get; }

    /// <summary><c>upcloud_gateway_tunnel_up</c>.</summary>
    public ResourceFamily TunnelUp { get; }

    /// <summary><c>upcloud_gateway_tunnel_healthy</c>.</summary>
    public ResourceFamily TunnelHealthy { get; }

    /// <summary><c>upcloud_gateway_tunnel_up_events_total</c>.</summary>
    public ResourceFamily TunnelUpEvents { get; }

    /// <summary><c>upcloud_gateway_tunnel_down_events_total</c>.</summary>
    public ResourceFamily TunnelDownEvents { get; }

    /// <summary><c>upcloud_gateway_ipsec_receive_bytes_total</c>.</summary>
    public ResourceFamily ReceiveBytes { get; }

    /// <summary><c>upcloud_gateway_ipsec_transmit_bytes_total</c>.</summary>
    public ResourceFamily TransmitBytes { get; }

    /// <summary><c>upcloud_gateway_ipsec_receive_packets_total</c>.</summary>
    public ResourceFamily ReceivePackets { get; }

    /// <summary><c>upcloud_gateway_ipsec_transmit_packets_total</c>.</summary>
    public ResourceFamily TransmitPackets { get; }

    /// <summary><c>upcloud_gateway_ipsec_child_sas</c>.</summary>
    public ResourceFamily ChildSas { get; }

    /// <summary><c>upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds</c>.</summary>
    public ResourceFamily IkeSaEstablished { get; }

    /// <summary><c>upcloud_gateway_exporter_up</c>.</summary>
    public Gauge ExporterUp { get; }

    /// <summary><c>upcloud_gateway_exporter_last_poll_duration_seconds</c>.</summary>
    public Gauge LastPollDuration { get; }

    /// <summary><c>upcloud_gateway_exporter_last_poll_success_timestamp_seconds</c>.</summary>
    public Gauge LastPollSuccess { get; }

    /// <summary><c>upcloud_gateway_exporter_poll_interval_seconds</c>.</summary>
    public Gauge PollInterval { get; }

    /// <summary><c>upcloud_gateway_exporter_polls_total</c>.</summary>
    public Counter Polls { get; }

    /// <summary><c>upcloud_gateway_exporter_poll_failures_total</c>.</summary>
    public Counter PollFailures { get; }

    /// <summary><c>upcloud_gateway_exporter_rejected_gateways</c>.</summary>
    public Gauge RejectedGateways { get; }

    /// <summary><c>upcloud_gateway_exporter_api_requests_total</c>.</summary>
    public Counter ApiRequests { get; }

    /// <summary><c>upcloud_gateway_exporter_api_request_duration_seconds</c>.</summary>
    public Histogram ApiRequestDuration { get; }

    /// <summary><c>upcloud_gateway_exporter_circuit_breaker_state</c>.</summary>
    public Gauge CircuitBreakerState { get; }

    /// <summary>Publishes the resource series the poll just mapped wrote, replacing the previous poll's: what it did not write is gone.</summary>
    public void SealResources() => _resources.Seal();

    private ResourceFamily Resource(bool counter, string name, string help, string[] labelNames) =>
        _resources.Add(name, help, counter, labelNames, labelNames.AsSpan().StartsWith(Tunnel) ? Tunnel.Length : labelNames.AsSpan().StartsWith(Node) ? Node.Length : Gateway.Length);
}
