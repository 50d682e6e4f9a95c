using Serilog.Events;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>The exporter's validated settings; each comes from the row of <see cref="SettingsTable"/> named in its summary, which holds its default.</summary>
internal sealed class ExporterOptions
{
    /// <summary>
    /// The accounts to poll, at least one: the unnamed account of <c>UPCLOUD_USERNAME</c>/<c>UPCLOUD_PASSWORD</c> or
    /// <c>UPCLOUD_TOKEN</c> (or their <c>_FILE</c> forms), or the named accounts under <c>UPCLOUD_ACCOUNTS</c>; each is
    /// polled at its own <c>API_URL</c>, else at <c>UPCLOUD_API_URL</c>.
    /// </summary>
    public required IReadOnlyList<ApiAccount> Accounts { get; init; }

    /// <summary><c>UPCLOUD_POLL_INTERVAL</c>: time between polls.</summary>
    public required TimeSpan PollInterval { get; init; }

    /// <summary><c>UPCLOUD_MAX_CONCURRENCY</c>: API requests in flight at once during a poll.</summary>
    public required int MaxConcurrency { get; init; }

    /// <summary><c>UPCLOUD_GATEWAYS</c>: export only these gateway UUIDs; empty for all.</summary>
    public required IReadOnlySet<string> Gateways { get; init; }

    /// <summary><c>UPCLOUD_GATEWAY_LABEL</c>: only gateways carrying this label; null for all.</summary>
    public required GatewayLabelFilter? GatewayLabel { get; init; }

    /// <summary><c>UPCLOUD_AUDIT_LOG</c>: whether each account's audit log is read for gateway changes and maintenance.</summary>
    public required bool AuditLog { get; init; }

    /// <summary><c>EXPORTER_SHARD</c>: the shard of the fleet this replica exports.</summary>
    public required GatewayShard Shard { get; init; }

    /// <summary><c>EXPORTER_WEB_CONFIG</c>: path of a web config file for TLS and basic auth; null for none.</summary>
    public required string? WebConfigPath { get; init; }

    /// <summary><c>EXPORTER_WEB_LISTEN_ADDRESS</c>: where to serve, unless <see cref="Urls"/> is set.</summary>
    public required IReadOnlyList<ListenAddress> ListenAddresses { get; init; }

    /// <summary><c>--urls</c> / <c>ASPNETCORE_URLS</c>: where to serve, as ASP.NET Core URLs; null to use <see cref="ListenAddresses"/>.</summary>
    public required string? Urls { get; init; }

    /// <summary><c>EXPORTER_WEB_TELEMETRY_PATH</c>: the path of the metrics.</summary>
    public required string TelemetryPath { get; init; }

    /// <summary><c>EXPORTER_LOG_FORMAT</c>.</summary>
    public required LogFormat LogFormat { get; init; }

    /// <summary><c>EXPORTER_LOG_LEVEL</c>.</summary>
    public required LogEventLevel LogLevel { get; init; }
}
