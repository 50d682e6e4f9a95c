using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Reads and validates every setting at start-up, failing on the first bad one with a message that names it.</summary>
internal static partial class ExporterOptionsReader
{
    /// <summary>Reads the settings; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A setting is missing, malformed or contradicts another.</exception>
    public static ExporterOptions Read(IConfiguration configuration, UpCloudCredentials? demoCredentials = null) => new()
    {
        Accounts = ReadAccounts(configuration, demoCredentials),
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

    private static List<ApiAccount> ReadAccounts(IConfiguration configuration, UpCloudCredentials? demoCredentials)
    {
        var topLevel = AccountSettings.TopLevel;
        var apiUrl = ReadApiUrl(configuration, topLevel.ApiUrl, ExporterOptions.DefaultApiUrl);
        if (demoCredentials is not null)
        {
            return [new ApiAccount(null, demoCredentials, apiUrl)];
        }

        if (Value(configuration, Settings.Accounts) is not null)
        {
            throw new ConfigurationException(Settings.Accounts, $"is not a list of names: set each account's credentials as {Settings.Accounts}__NAME__TOKEN (or __USERNAME and __PASSWORD)");
        }

        // Only the environment turns __ into a section separator; elsewhere such a key would be silently ignored.
        if (configuration.AsEnumerable().FirstOrDefault(setting => setting.Key.StartsWith(Settings.Accounts + "__", StringComparison.OrdinalIgnoreCase)) is { Key: { } flat })
        {
            throw new ConfigurationException(flat, $"the __ form works only as an environment variable: on the command line or in appsettings.json write {Settings.Accounts}:NAME:SETTING");
        }

        // An account whose settings are all empty is not configured, as an empty top-level setting is not set.
        var names = configuration.GetSection(Settings.Accounts).GetChildren()
            .Where(account => !string.IsNullOrWhiteSpace(account.Value) || account.GetChildren().Any(setting => !string.IsNullOrWhiteSpace(setting.Value)))
            .Select(account => account.Key)
            .ToList();
        if (names.Count == 0)
        {
            return [new ApiAccount(null, ReadCredentials(configuration, topLevel), apiUrl)];
        }

        if (new[] { topLevel.Username, topLevel.Password, topLevel.PasswordFile, topLevel.Token, topLevel.TokenFile }.FirstOrDefault(s => Value(configuration, s) is not null) is { } stray)
        {
            throw new ConfigurationException(stray.Name, $"set credentials either per account under {Settings.Accounts} or at the top level, not both");
        }

        return [.. names.Select(name => ReadAccount(configuration, name, apiUrl))];
    }

    private static ApiAccount ReadAccount(IConfiguration configuration, string name, Uri defaultApiUrl)
    {
        var settings = AccountSettings.Account(name);
        if (!AccountName().IsMatch(name))
        {
            throw new ConfigurationException(settings.Section.Name, "an account name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        return Value(configuration, settings.Section) is null
            ? new ApiAccount(name, ReadCredentials(configuration, settings), ReadApiUrl(configuration, settings.ApiUrl, defaultApiUrl))
            : throw new ConfigurationException(settings.Section.Name, $"is a value, not a group of settings: set {settings.Token.Name} (or {settings.Username.Name} and {settings.Password.Name})");
    }

    private static UpCloudCredentials ReadCredentials(IConfiguration configuration, AccountSettings settings)
    {
        var username = Value(configuration, settings.Username);
        var password = Secret(configuration, settings.Password, settings.PasswordFile);
        var token = Secret(configuration, settings.Token, settings.TokenFile);
        if (token is not null)
        {
            return username is null && password is null
                ? UpCloudCredentials.Bearer(token)
                : throw new ConfigurationException(settings.Token.Name, $"set either a token or {settings.Username.Name} and {settings.Password.Name}, not both");
        }

        return (username, password) switch
        {
            (null, null) => throw new ConfigurationException(settings.Username.Name,
                $"no credentials: set {settings.Username.Name} and {settings.Password.Name}, or {settings.Token.Name}{(settings == AccountSettings.TopLevel ? " (or run with --demo)" : "")}"),
            (null, _) => throw new ConfigurationException(settings.Username.Name, $"{settings.Password.Name} is set but {settings.Username.Name} is not"),
            (_, null) => throw new ConfigurationException(settings.Password.Name, $"{settings.Username.Name} is set but neither {settings.Password.Name} nor {settings.PasswordFile.Name} is"),
            _ => UpCloudCredentials.Basic(username, password),
        };
    }

    private static string? Secret(IConfiguration configuration, Setting setting, Setting fileSetting)
    {
        var value = string.IsNullOrEmpty(configuration[setting.Key]) ? null : configuration[setting.Key];
        var path = Value(configuration, fileSetting);
        if (path is null)
        {
            return value;
        }

        if (value is not null)
        {
            throw new ConfigurationException(fileSetting.Name, $"set {setting.Name} or {fileSetting.Name}, not both");
        }

        string contents;
        try
        {
            contents = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(fileSetting.Name, $"cannot read '{path}': {ex.GetType().Name}");
        }

        var secret = contents.TrimEnd('\r', '\n');
        return secret.Length > 0 ? secret : throw new ConfigurationException(fileSetting.Name, $"'{path}' is empty");
    }

    private static Uri ReadApiUrl(IConfiguration configuration, Setting setting, Uri fallback)
    {
        var text = Value(configuration, setting);
        if (text is null)
        {
            return fallback;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.UserInfo) && string.IsNullOrEmpty(url.Query)
                ? url
                : throw new ConfigurationException(setting.Name, "is not an absolute http(s) URL without credentials or query, e.g. https://api.upcloud.com");
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

    private static GatewayLabelFilter? ReadLabel(IConfiguration configuration) =>
        Value(configuration, Settings.GatewayLabel) is { } label
            ? GatewayLabelFilter.Parse(label) ?? throw new ConfigurationException(Settings.GatewayLabel, $"'{label}' is not key=value or key")
            : null;

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

    private static string? Value(IConfiguration configuration, Setting setting) =>
        configuration[setting.Key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex AccountName();
}
