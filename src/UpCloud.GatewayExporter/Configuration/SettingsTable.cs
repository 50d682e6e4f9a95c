namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// Every setting the exporter reads, once. Settings come from the environment, appsettings.json next to the binary, or
/// the command line as <c>--KEY value</c> or one of a setting's switches. A row that names another in its help comes after
/// it, since static fields start in the order they are written; <see cref="All"/> gives the order <c>--help</c> lists them in.
/// </summary>
internal static class SettingsTable
{
    // A named account's own credentials are the top-level ones without this prefix, under UPCLOUD_ACCOUNTS:NAME:.
    private const string TopLevelPrefix = "UPCLOUD_";

    // A constant because the Accounts row names its key in its own help, before its field is set.
    private const string AccountsKey = "UPCLOUD_ACCOUNTS";

    public static readonly Setting Password = new()
    {
        Key = "UPCLOUD_PASSWORD",
        Help = "the API user's password; never as an argument, where ps would show it",
    };

    public static readonly Setting PasswordFile = new()
    {
        Key = "UPCLOUD_PASSWORD_FILE", Switches = ["--password-file"],
        Help = "a file holding the password (Docker/Kubernetes secrets); a trailing newline is trimmed",
    };

    public static readonly Setting Token = new() { Key = "UPCLOUD_TOKEN", Help = "API token (Bearer), instead of a user and password" };

    public static readonly Setting TokenFile = new()
    {
        Key = "UPCLOUD_TOKEN_FILE", Switches = ["--token-file"],
        Help = "a file holding the token; a trailing newline is trimmed",
    };

    public static readonly Setting Username = new()
    {
        Key = "UPCLOUD_USERNAME", Switches = ["--username"],
        Help = $"API user (HTTP Basic), with {Password.Key} or {PasswordFile.Key}",
    };

    public static readonly Setting ApiUrl = new()
    {
        Key = "UPCLOUD_API_URL", Switches = ["--api-url"], Default = "https://api.upcloud.com",
        Help = "the API base URL (tests and the simulator point it at loopback)",
    };

    /// <summary>A section of named accounts, each with its own copies of the settings above; see <see cref="InAccount"/>.</summary>
    public static readonly Setting Accounts = new()
    {
        Key = AccountsKey, Name = $"{AccountsKey}__NAME__*", WhenUnset = "none",
        Help = $"several accounts instead of the credentials above: {AccountsKey}__NAME__{AccountKey(Token)}[_FILE], __{AccountKey(Username)}, "
            + $"__{AccountKey(Password)}[_FILE], __{AccountKey(ApiUrl)}; their series get account=\"NAME\"",
    };

    public static readonly Setting PollInterval = new()
    {
        Key = "UPCLOUD_POLL_INTERVAL", Switches = ["--poll-interval"], Default = "30s",
        Help = "time between polls: 30s, 1m, 1500ms or plain seconds; 1 s to 24 h (5s with --demo)",
    };

    public static readonly Setting MaxConcurrency = new()
    {
        Key = "UPCLOUD_MAX_CONCURRENCY", Switches = ["--max-concurrency"], Default = "8",
        Help = "API requests in flight at once during a poll, 1 to 256 (per account)",
    };

    public static readonly Setting Gateways = new()
    {
        Key = "UPCLOUD_GATEWAYS", Switches = ["--gateways"], WhenUnset = "all",
        Help = "only these gateway UUIDs (comma-separated)",
    };

    public static readonly Setting GatewayLabel = new()
    {
        Key = "UPCLOUD_GATEWAY_LABEL", Switches = ["--gateway-label"], WhenUnset = "all",
        Help = "only gateways carrying this label (key=value or key), sent as the API's label filter and checked on every entry",
    };

    public static readonly Setting AuditLog = new()
    {
        Key = "UPCLOUD_AUDIT_LOG", Switches = ["--audit-log"], Default = "on",
        Help = "on or off: read the account's audit log at most once a minute for each gateway's changes and maintenance",
    };

    public static readonly Setting Shard = new()
    {
        Key = "EXPORTER_SHARD", Switches = ["--shard"], Default = "0/1",
        Help = "INDEX/COUNT: export only gateways whose UUID hashes to this shard",
    };

    public static readonly Setting WebConfig = new()
    {
        Key = "EXPORTER_WEB_CONFIG", Switches = ["--web-config", "--web.config.file"], WhenUnset = "none",
        Help = "a web config file (exporter-toolkit's web-config.yml): TLS and basic auth for /metrics",
    };

    public static readonly Setting ListenAddress = new()
    {
        Key = "EXPORTER_WEB_LISTEN_ADDRESS", Switches = ["--web.listen-address"], Default = ":9877",
        Help = "where to serve, [host]:port as exporter-toolkit writes it, several comma-separated; an empty host is every IPv4 address",
    };

    public static readonly Setting TelemetryPath = new()
    {
        Key = "EXPORTER_WEB_TELEMETRY_PATH", Switches = ["--web.telemetry-path"], Default = "/metrics",
        Help = "the path the metrics are served at",
    };

    public static readonly Setting LogFormat = new() { Key = "EXPORTER_LOG_FORMAT", Switches = ["--log-format"], Default = "text", Help = "text or json" };

    public static readonly Setting LogLevel = new()
    {
        Key = "EXPORTER_LOG_LEVEL", Switches = ["--log-level"], Default = "info",
        Help = "debug, info, warning or error",
    };

    /// <summary>ASP.NET Core's own <c>urls</c>, which replaces <see cref="ListenAddress"/> when set.</summary>
    public static readonly Setting Urls = new()
    {
        Key = "urls", Name = "--urls / ASPNETCORE_URLS", Switches = ["--urls"], WhenUnset = ListenAddress.Key,
        Help = $"where to serve, as ASP.NET Core URLs (http://127.0.0.1:9877;https://...), instead of {ListenAddress.Key}",
    };

    /// <summary>Every setting, in the order <c>--help</c> and the README list them.</summary>
    public static readonly IReadOnlyList<Setting> All =
    [
        Username, Password, PasswordFile, Token, TokenFile, ApiUrl, Accounts, PollInterval, MaxConcurrency, Gateways, GatewayLabel,
        AuditLog, Shard, WebConfig, ListenAddress, TelemetryPath, Urls, LogFormat, LogLevel,
    ];

    /// <summary>The credentials of the unnamed account; each named account has its own copies, as it has of <see cref="ApiUrl"/>.</summary>
    public static readonly IReadOnlyList<Setting> Credentials = [Username, Password, PasswordFile, Token, TokenFile];

    /// <summary>The command-line switches and the keys they set.</summary>
    public static IDictionary<string, string> SwitchMappings() =>
        All.SelectMany(setting => setting.Switches.Select(flag => (Flag: flag, setting.Key))).ToDictionary(pair => pair.Flag, pair => pair.Key);

    /// <summary>The account's section, <c>UPCLOUD_ACCOUNTS__NAME</c>: a value there is a mistake, and messages about the whole account name it.</summary>
    public static Setting AccountSection(string account) => new() { Key = $"{AccountsKey}:{account}", Help = Accounts.Help };

    /// <summary>The account's own copy of one of <see cref="Credentials"/> or of <see cref="ApiUrl"/>, such as <c>UPCLOUD_ACCOUNTS__NAME__TOKEN</c> of <c>UPCLOUD_TOKEN</c>.</summary>
    public static Setting InAccount(Setting credential, string account) =>
        new() { Key = $"{AccountsKey}:{account}:{AccountKey(credential)}", Help = credential.Help };

    /// <summary>A credential's name inside an account, such as <c>TOKEN</c>.</summary>
    public static string AccountKey(Setting credential) => credential.Key[TopLevelPrefix.Length..];
}
