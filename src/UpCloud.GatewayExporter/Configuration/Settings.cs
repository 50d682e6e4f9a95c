namespace UpCloud.GatewayExporter.Configuration;

/// <summary>The names of every setting, as environment variables, appsettings.json keys and <c>--NAME value</c> arguments.</summary>
internal static class Settings
{
    public const string Username = "UPCLOUD_USERNAME";
    public const string Password = "UPCLOUD_PASSWORD";
    public const string PasswordFile = "UPCLOUD_PASSWORD_FILE";
    public const string Token = "UPCLOUD_TOKEN";
    public const string TokenFile = "UPCLOUD_TOKEN_FILE";
    public const string ApiUrl = "UPCLOUD_API_URL";
    public const string Accounts = "UPCLOUD_ACCOUNTS";
    public const string PollInterval = "UPCLOUD_POLL_INTERVAL";
    public const string MaxConcurrency = "UPCLOUD_MAX_CONCURRENCY";
    public const string Gateways = "UPCLOUD_GATEWAYS";
    public const string GatewayLabel = "UPCLOUD_GATEWAY_LABEL";
    public const string Shard = "EXPORTER_SHARD";
    public const string WebConfig = "EXPORTER_WEB_CONFIG";
    public const string LogFormat = "EXPORTER_LOG_FORMAT";
    public const string LogLevel = "EXPORTER_LOG_LEVEL";

    /// <summary>Friendlier command-line spellings of the settings that are safe to pass as arguments (no secrets: those belong in files or the environment).</summary>
    public static readonly Dictionary<string, string> CommandLineSwitches = new()
    {
        ["--api-url"] = ApiUrl,
        ["--poll-interval"] = PollInterval,
        ["--max-concurrency"] = MaxConcurrency,
        ["--gateways"] = Gateways,
        ["--gateway-label"] = GatewayLabel,
        ["--shard"] = Shard,
        ["--web-config"] = WebConfig,
        ["--log-format"] = LogFormat,
        ["--log-level"] = LogLevel,
        ["--username"] = Username,
        ["--password-file"] = PasswordFile,
        ["--token-file"] = TokenFile,
    };
}
