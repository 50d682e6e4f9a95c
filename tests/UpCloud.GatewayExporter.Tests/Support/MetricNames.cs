namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>The public metric names the integration tests read, as the contract spells them.</summary>
internal static class MetricNames
{
    public const string GatewayInfo = "upcloud_gateway_info";
    public const string OperationalState = "upcloud_gateway_operational_state";
    public const string MetricsUp = "upcloud_gateway_metrics_up";
    public const string NatActive = "upcloud_gateway_nat_active_connections";
    public const string NatAccepted = "upcloud_gateway_nat_accepted_connections_total";
    public const string NatRejected = "upcloud_gateway_nat_rejected_connections_total";
    public const string PlanNatMaxConnections = "upcloud_gateway_plan_nat_max_connections";
    public const string TunnelInfo = "upcloud_gateway_tunnel_info";
    public const string TunnelState = "upcloud_gateway_tunnel_state";
    public const string TunnelUp = "upcloud_gateway_tunnel_up";
    public const string TunnelHealthy = "upcloud_gateway_tunnel_healthy";
    public const string UpEvents = "upcloud_gateway_tunnel_up_events_total";
    public const string DownEvents = "upcloud_gateway_tunnel_down_events_total";
    public const string ReceiveBytes = "upcloud_gateway_ipsec_receive_bytes_total";
    public const string TransmitBytes = "upcloud_gateway_ipsec_transmit_bytes_total";
    public const string ReceivePackets = "upcloud_gateway_ipsec_receive_packets_total";
    public const string TransmitPackets = "upcloud_gateway_ipsec_transmit_packets_total";
    public const string ChildSas = "upcloud_gateway_ipsec_child_sas";
    public const string IkeSaEstablished = "upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds";
    public const string ExporterUp = "upcloud_gateway_exporter_up";
    public const string BuildInfo = "upcloud_gateway_exporter_build_info";
    public const string CircuitBreakerState = "upcloud_gateway_exporter_circuit_breaker_state";
    public const string ApiRequests = "upcloud_gateway_exporter_api_requests_total";
    public const string RejectedGateways = "upcloud_gateway_exporter_rejected_gateways";
    public const string AuditLogUp = "upcloud_gateway_exporter_audit_log_up";
    public const string AuditEvents = "upcloud_gateway_audit_events_total";
    public const string LastChange = "upcloud_gateway_last_change_timestamp_seconds";
    public const string LastMaintenance = "upcloud_gateway_last_maintenance_timestamp_seconds";

    /// <summary>Every state of the tunnel stateset.</summary>
    public static readonly string[] StateSet = ["idle", "connecting", "established", "destroying", "unknown"];

    /// <summary>The series a failed metrics call withholds: NAT, IPsec and the tunnel heuristics.</summary>
    public static readonly string[] FromGatewayMetrics =
    [
        NatActive, NatAccepted, NatRejected, TunnelUp, TunnelHealthy, UpEvents, DownEvents,
        ReceiveBytes, TransmitBytes, ReceivePackets, TransmitPackets, ChildSas, IkeSaEstablished,
    ];

    /// <summary>The series that come from the gateway list alone.</summary>
    public static readonly string[] FromGatewayList = [GatewayInfo, OperationalState, MetricsUp, TunnelInfo, TunnelState];
}
