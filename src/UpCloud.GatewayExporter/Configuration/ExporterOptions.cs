namespace UpCloud.GatewayExporter.Configuration;

/// <summary>The exporter's validated settings; each property names the setting it comes from and its default.</summary>
internal sealed class ExporterOptions
{
    /// <summary>The default API base URL.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.upcloud.com/");

    /// <summary>
    /// The accounts to poll, at least one: the unnamed account of <c>UPCLOUD_USERNAME</c>/<c>UPCLOUD_PASSWORD</c> or
    /// <c>UPCLOUD_TOKEN</c> (or their <c>_FILE</c> forms), or the named accounts under <c>UPCLOUD_ACCOUNTS</c>; each is
    /// polled at its own <c>API_URL</c>, else at <c>UPCLOUD_API_URL</c>, default <c>https://api.upcloud.com</c>. Required.
    /// </summary>
    public required IReadOnlyList<ApiAccount> Accounts { get; init; }

    /// <summary><c>UPCLOUD_POLL_INTERVAL</c>: time between polls, at least one second. Default 30 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>UPCLOUD_MAX_CONCURRENCY</c>: API requests in flight at once during a poll, 1 to 256. Default 8.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary><c>UPCLOUD_GATEWAYS</c>: export only these gateway UUIDs; empty for all. Default all.</summary>
    public IReadOnlySet<string> Gateways { get; init; } = new HashSet<string>();

    /// <summary><c>UPCLOUD_GATEWAY_LABEL</c>: only gateways carrying this label, <c>key=value</c> or <c>key</c>; null for all. Default all.</summary>
    public GatewayLabelFilter? GatewayLabel { get; init; }

    /// <summary><c>EXPORTER_SHARD</c>: the shard of the fleet this replica exports. Default <c>0/1</c>, the whole fleet.</summary>
    public GatewayShard Shard { get; init; } = GatewayShard.All;

    /// <summary><c>EXPORTER_WEB_CONFIG</c>: path of a web config file for TLS and basic auth; null for none. Default none.</summary>
    public string? WebConfigPath { get; init; }

    /// <summary><c>EXPORTER_LOG_FORMAT</c>: <c>text</c> or <c>json</c>. Default text.</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary><c>EXPORTER_LOG_LEVEL</c>: <c>debug</c>, <c>info</c>, <c>warning</c> or <c>error</c>. Default info.</summary>
    public Serilog.Events.LogEventLevel LogLevel { get; init; } = Serilog.Events.LogEventLevel.Information;
}
