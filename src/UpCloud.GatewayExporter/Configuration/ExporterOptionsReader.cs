using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Reads and validates every setting at start-up, failing on the first bad one with a message that names it.</summary>
internal static class ExporterOptionsReader
{
    /// <summary>Reads the settings; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A setting is missing, malformed or contradicts another.</exception>
    public static ExporterOptions Read(IConfiguration configuration, UpCloudCredentials? demoCredentials = null) => new()
    {
        Credentials = demoCredentials ?? ReadCredentials(configuration),
        ApiUrl = ReadApiUrl(configuration),
        PollInterval = ReadPollInterval(configuration),
        MaxConcurrency = ReadMaxConcurrency(configuration),
        Gateways = ReadGateways(configuration),
        GatewayLabel = ReadLabel(configuration),
        Shard = Value(configuration, Settings.Shard) is { } shard
            ? GatewayShard.Parse(shard) ?? throw new ConfigurationException(Settings.Shard, $"'{shard}' is not INDEX/COUNT with 0 <= INDEX < COUNT, e.g. 0/3")
            : GatewayShard.All,
        WebConfigPath = ReadWebConfig(configuration),
        LogFormat = ReadLogFormat(configuration),
        LogLevel = ReadLogLevel(configuration),
    };

    private static UpCloudCredentials ReadCredentials(IConfiguration configuration)
    {
        var username = Value(configuration, Settings.Username);
        var password = Secret(configuration, Settings.Password, Settings.PasswordFile);
        var token = Secret(configuration, Settings.Token, Settings.TokenFile);
        if (token is not null)
        {
            return username is null && password is null
                ? UpCloudCredentials.Bearer(token)
                : throw new ConfigurationException(Settings.Token, $"set either a token or {Settings.Username} and {Settings.Password}, not both");
        }

        return (username, password) switch
        {
            (null, null) => throw new ConfigurationException(Settings.Username,
                $"no credentials: set {Settings.Username} and {Settings.Password}, or {Settings.Token} (or run with --demo)"),
            (null, _) => throw new ConfigurationException(Settings.Username, $"{Settings.Password} is set but {Settings.Username} is not"),
            (_, null) => throw new ConfigurationException(Settings.Password, $"{Settings.Username} is set but neither {Settings.Password} nor {Settings.PasswordFile} is"),
            _ => UpCloudCredentials.Basic(username, password),
        };
    }

    private static string? Secret(IConfiguration configuration, string setting, string fileSetting)
    {
        var value = string.IsNullOrEmpty(configuration[setting]) ? null : configuration[setting];
        var path = Value(configuration, fileSetting);
        if (path is null)
        {
            return value;
        }

        if (value is not null)
        {
            throw new ConfigurationException(fileSetting, $"set {setting} or {fileSetting}, not both");
        }

        string contents;
        try
        {
            contents = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(fileSetting, $"cannot read '{path}': {ex.GetType().Name}");
        }

        var secret = contents.TrimEnd('\r', '\n');
        return secret.Length > 0 ? secret : throw new ConfigurationException(fileSetting, $"'{path}' is empty");
    }

    private static Uri ReadApiUrl(IConfiguration configuration)
    {
        var text = Value(configuration, Settings.ApiUrl);
        if (text is null)
        {
            return ExporterOptions.DefaultApiUrl;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.UserInfo) && string.IsNullOrEmpty(url.Query)
                ? url
                : throw new ConfigurationException(Settings.ApiUrl, "is not an absolute http(s) URL without credentials or query, e.g. https://api.upcloud.com");
    }

    private static TimeSpan ReadPollInterval(IConfiguration configuration)
    {
        var text = Value(configuration, Settings.PollInterval);
        if (text is null)
        {
            return TimeSpan.FromSeconds(30);
        }

        if (!Duration.TryParse(text, out var interval))
        {
            throw new ConfigurationException(Settings.PollInterval, $"'{text}' is not a duration: use 30s, 1m, 1500ms or plain seconds");
        }

        return interval >= TimeSpan.FromSeconds(1) && interval <= TimeSpan.FromHours(24)
            ? interval
            : throw new ConfigurationException(Settings.PollInterval, $"'{text}' is out of range: between 1s and 24h");
    }

    private static int ReadMaxConcurrency(IConfiguration configuration)
    {
        var text = Value(configuration, Settings.MaxConcurrency);
        if (text is null)
        {
            return 8;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 256
            ? value
            : throw new ConfigurationException(Settings.MaxConcurrency, $"'{text}' is not a whole number from 1 to 256");
    }

    private static HashSet<string> ReadGateways(IConfiguration configuration) =>
        Value(configuration, Settings.Gateways) is { } list
            ? new HashSet<string>(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static string? ReadLabel(IConfiguration configuration)
    {
        var label = Value(configuration, Settings.GatewayLabel);
        return label is null || (label.Split('=') is [var key, ..] && key.Length > 0 && label.Count(c => c == '=') <= 1)
            ? label
            : throw new ConfigurationException(Settings.GatewayLabel, $"'{label}' is not key=value or key");
    }

    private static string? ReadWebConfig(IConfiguration configuration)
    {
        var path = Value(configuration, Settings.WebConfig);
        return path is null || File.Exists(path)
            ? path
            : throw new ConfigurationException(Settings.WebConfig, $"'{path}' does not exist");
    }

    private static LogFormat ReadLogFormat(IConfiguration configuration) =>
        Value(configuration, Settings.LogFormat)?.ToLowerInvariant() switch
        {
            null or "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            var other => throw new ConfigurationException(Settings.LogFormat, $"'{other}' is neither text nor json"),
        };

    private static LogEventLevel ReadLogLevel(IConfiguration configuration) =>
        Value(configuration, Settings.LogLevel)?.ToLowerInvariant() switch
        {
            "debug" => LogEventLevel.Debug,
            null or "info" or "information" => LogEventLevel.Information,
            "warning" or "warn" => LogEventLevel.Warning,
            "error" => LogEventLevel.Error,
            var other => throw new ConfigurationException(Settings.LogLevel, $"'{other}' is not one of debug, info, warning, error"),
        };

    private static string? Value(IConfiguration configuration, string setting) =>
        configuration[setting] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
