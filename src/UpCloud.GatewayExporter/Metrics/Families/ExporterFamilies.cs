using Prometheus;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>One account's part of the exporter's own metrics, kept by prometheus-net: its polls, its API calls, its audit log, and the process's build.</summary>
internal sealed class ExporterFamilies
{
    /// <summary>
    /// Creates them on <paramref name="registry"/>, which each test builds for itself. prometheus-net keeps each account's
    /// collectors apart under one family per name, so every account counts its own polls and calls while a scrape shows
    /// each name once; the unnamed account (null) has no account label, and neither have the build and the interval.
    /// </summary>
    public ExporterFamilies(CollectorRegistry registry, string? account, string version, TimeSpan pollInterval)
    {
        var shared = Prometheus.Metrics.WithCustomRegistry(registry);
        var factory = account is null ? shared : shared.WithLabels(new Dictionary<string, string> { ["account"] = account });
        Up = factory.CreateGauge("upcloud_gateway_exporter_up", "1 if the last poll read the gateway list, else 0; while 0 all resource series are withheld.");
        LastPollDuration = factory.CreateGauge("upcloud_gateway_exporter_last_poll_duration_seconds", "How long the last poll of the UpCloud API took.");
        LastPollSuccess = factory.CreateGauge("upcloud_gateway_exporter_last_poll_success_timestamp_seconds", "Unix time of the last poll that read the gateway list; the age of every cached series.",
            new GaugeConfiguration { SuppressInitialValue = true });
        shared.CreateGauge("upcloud_gateway_exporter_poll_interval_seconds", "The configured time between polls.").Set(pollInterval.TotalSeconds);
        Polls = factory.CreateCounter("upcloud_gateway_exporter_polls_total", "Polls of the UpCloud API completed.");
        PollFailures = factory.CreateCounter("upcloud_gateway_exporter_poll_failures_total", "Polls that could not read the gateway list.");
        RejectedGateways = factory.CreateGauge("upcloud_gateway_exporter_rejected_gateways", "Gateway list entries the last poll dropped because they did not match the documented shape.");
        ApiRequests = factory.CreateCounter("upcloud_gateway_exporter_api_requests_total", "UpCloud API HTTP attempts, retries included, by route template and status code (error when no response came).", ["endpoint", "code"]);
        ApiRequestDuration = factory.CreateHistogram("upcloud_gateway_exporter_api_request_duration_seconds", "Duration of UpCloud API HTTP attempts by route template.",
            new HistogramConfiguration { LabelNames = ["endpoint"], Buckets = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        AuditLogUp = factory.CreateGauge("upcloud_gateway_exporter_audit_log_up",
            "1 if the last read of the account's audit log succeeded, else 0: while it fails, and for good once the API refuses it (401, 403, 404). Absent while it is turned off or not yet read.",
            new GaugeConfiguration { SuppressInitialValue = true });
        CircuitBreakerState = factory.CreateGauge("upcloud_gateway_exporter_circuit_breaker_state", "State of the circuit breaker in front of the UpCloud API: 0 closed, 1 half-open, 2 open.");
        shared.CreateGauge("upcloud_gateway_exporter_build_info", "The exporter's build; always 1.", ["version"]).WithLabels(version).Set(1);
    }

    public Gauge Up { get; }

    public Gauge LastPollDuration { get; }

    public Gauge LastPollSuccess { get; }

    public Counter Polls { get; }

    public Counter PollFailures { get; }

    public Gauge RejectedGateways { get; }

    public Counter ApiRequests { get; }

    public Histogram ApiRequestDuration { get; }

    public Gauge AuditLogUp { get; }

    public Gauge CircuitBreakerState { get; }
}
