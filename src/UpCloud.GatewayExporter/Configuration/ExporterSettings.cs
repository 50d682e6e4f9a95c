using Serilog.Events;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// The settings table: every setting the exporter reads, once. Settings come from the environment, appsettings.json next
/// to the binary, or the command line as <c>--NAME value</c> or one of a setting's switches.
/// </summary>
internal static class ExporterSettings
{
    /// <summary><c>UPCLOUD_USERNAME</c>.</summary>
    public static readonly ExporterSetting Username = new("UPCLOUD_USERNAME", ["--username"], null, "—", "API user (HTTP Basic), with UPCLOUD_PASSWORD or UPCLOUD_PASSWORD_FILE");

    /// <summary><c>UPCLOUD_PASSWORD</c>.</summary>
    public static readonly ExporterSetting Password = new("UPCLOUD_PASSWORD", [], null, "—", "the API user's password; never as an argument, where ps would show it");

    /// <summary><c>UPCLOUD_PASSWORD_FILE</c>.</summary>
    public static readonly ExporterSetting PasswordFile = new("UPCLOUD_PASSWORD_FILE", ["--password-file"], null, "—", "a file holding the password (Docker/Kubernetes secrets); a trailing newline is trimmed");

    /// <summary><c>UPCLOUD_TOKEN</c>.</summary>
    public static readonly ExporterSetting Token = new("UPCLOUD_TOKEN", [], null, "—", "API token (Bearer), instead of a user and password");

    /// <summary><c>UPCLOUD_TOKEN_FILE</c>.</summary>
    public static readonly ExporterSetting TokenFile = new("UPCLOUD_TOKEN_FILE", ["--token-file"], null, "—", "a file holding the token; a trailing newline is trimmed");

    /// <summary><c>UPCLOUD_API_URL</c>.</summary>
    public static readonly TypedSetting<Uri> ApiUrl = new("UPCLOUD_API_URL", ["--api-url"], "https://api.upcloud.com", "", "the API base URL (tests and the simulator point it at loopback)", SettingParsers.ApiUrl, null!);

    /// <summary><c>UPCLOUD_ACCOUNTS</c>, a section of named credential sets.</summary>
    public static readonly ExporterSetting Accounts = new("UPCLOUD_ACCOUNTS", [], null, "none",
        "several accounts instead of the credentials above: UPCLOUD_ACCOUNTS__NAME__TOKEN[_FILE], __USERNAME, __PASSWORD[_FILE], __API_URL; their series get account=\"NAME\"",
        "UPCLOUD_ACCOUNTS__NAME__*");

    /// <summary><c>UPCLOUD_POLL_INTERVAL</c>.</summary>
    public static readonly TypedSetting<TimeSpan> PollInterval = new("UPCLOUD_POLL_INTERVAL", ["--poll-interval"], "30s", "",
        "time between polls: 30s, 1m, 1500ms or plain seconds; 1 s to 24 h (5s with --demo)", SettingParsers.PollInterval, default);

    /// <summary><c>UPCLOUD_MAX_CONCURRENCY</c>.</summary>
    public static readonly TypedSetting<int> MaxConcurrency = new("UPCLOUD_MAX_CONCURRENCY", ["--max-concurrency"], "8", "",
        "API requests in flight at once during a poll, 1 to 256 (per account)", SettingParsers.MaxConcurrency, default);

    /// <summary><c>UPCLOUD_GATEWAYS</c>.</summary>
    public static readonly TypedSetting<IReadOnlySet<string>> Gateways = new("UPCLOUD_GATEWAYS", ["--gateways"], null, "all",
        "only these gateway UUIDs (comma-separated)", SettingParsers.Gateways, new HashSet<string>());

    /// <summary><c>UPCLOUD_GATEWAY_LABEL</c>.</summary>
    public static readonly TypedSetting<GatewayLabelFilter?> GatewayLabel = new("UPCLOUD_GATEWAY_LABEL", ["--gateway-label"], null, "all",
        "only gateways carrying this label (key=value or key), sent as the API's label filter and checked on every entry", SettingParsers.GatewayLabel, null);

    /// <summary><c>EXPORTER_SHARD</c>.</summary>
    public static readonly TypedSetting<GatewayShard> Shard = new("EXPORTER_SHARD", ["--shard"], "0/1", "",
        "INDEX/COUNT: export only gateways whose UUID hashes to this shard", SettingParsers.Shard, null!);

    /// <summary><c>EXPORTER_WEB_CONFIG</c>.</summary>
    public static readonly TypedSetting<string?> WebConfig = new("EXPORTER_WEB_CONFIG", ["--web-config", "--web.config.file"], null, "none",
        "a web config file (exporter-toolkit's web-config.yml): TLS and basic auth for /metrics", SettingParsers.ExistingFile, null);

    /// <summary><c>EXPORTER_WEB_LISTEN_ADDRESS</c>.</summary>
    public static readonly TypedSetting<IReadOnlyList<ListenAddress>> ListenAddress = new("EXPORTER_WEB_LISTEN_ADDRESS", ["--web.listen-address"], ":9877", "",
        "where to serve, [host]:port as exporter-toolkit writes it, several comma-separated; an empty host is every IPv4 address", SettingParsers.ListenAddresses, []);

    /// <summary><c>EXPORTER_WEB_TELEMETRY_PATH</c>.</summary>
    public static readonly TypedSetting<string> TelemetryPath = new("EXPORTER_WEB_TELEMETRY_PATH", ["--web.telemetry-path"], "/metrics", "",
        "the path the metrics are served at", SettingParsers.TelemetryPath, null!);

    /// <summary><c>EXPORTER_LOG_FORMAT</c>.</summary>
    public static readonly TypedSetting<LogFormat> LogFormat = new("EXPORTER_LOG_FORMAT", ["--log-format"], "text", "",
        "text or json", SettingParsers.LogFormat, default);

    /// <summary><c>EXPORTER_LOG_LEVEL</c>.</summary>
    public static readonly TypedSetting<LogEventLevel> LogLevel = new("EXPORTER_LOG_LEVEL", ["--log-level"], "info", "",
        "debug, info, warning or error", SettingParsers.LogLevel, default);

    /// <summary>ASP.NET Core's own <c>urls</c>, which replaces <see cref="ListenAddress"/> when set.</summary>
    public static readonly ExporterSetting Urls = new("urls", ["--urls"], null, "EXPORTER_WEB_LISTEN_ADDRESS",
        "where to serve, as ASP.NET Core URLs (http://127.0.0.1:9877;https://...), instead of EXPORTER_WEB_LISTEN_ADDRESS", "--urls / ASPNETCORE_URLS");

    /// <summary>Every setting, in the order <c>--help</c> and the README list them.</summary>
    public static readonly IReadOnlyList<ExporterSetting> All =
    [
        Username, Password, PasswordFile, Token, TokenFile, ApiUrl, Accounts, PollInterval, MaxConcurrency, Gateways, GatewayLabel,
        Shard, WebConfig, ListenAddress, TelemetryPath, Urls, LogFormat, LogLevel,
    ];

    /// <summary>The command-line switches and the keys they set.</summary>
    public static IDictionary<string, string> SwitchMappings() =>
        All.SelectMany(setting => setting.Switches.Select(flag => (Flag: flag, setting.Name))).ToDictionary(pair => pair.Flag, pair => pair.Name);
}
