using System.Globalization;
using Serilog.Events;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// Reads and validates every setting at start-up through the rows of <see cref="SettingsTable"/>, failing on the first bad
/// one with a message that names it. Each parser throws <see cref="FormatException"/> saying what a good value looks like.
/// </summary>
internal static class OptionsReader
{
    /// <summary>Reads the settings; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A setting is missing, malformed or contradicts another.</exception>
    public static ExporterOptions Read(IConfiguration configuration, UpCloudCredentials? demoCredentials = null) => new()
    {
        Urls = ReadUrls(configuration),
        ListenAddresses = SettingsTable.ListenAddress.Read(configuration, ParseListenAddresses),
        TelemetryPath = SettingsTable.TelemetryPath.Read(configuration, ParseTelemetryPath),
        Accounts = AccountReader.Read(configuration, demoCredentials),
        PollInterval = SettingsTable.PollInterval.Read(configuration, ParsePollInterval),
        MaxConcurrency = SettingsTable.MaxConcurrency.Read(configuration, ParseMaxConcurrency),
        Gateways = SettingsTable.Gateways.ReadIfSet(configuration, ParseGateways) ?? new HashSet<string>(),
        GatewayLabel = SettingsTable.GatewayLabel.ReadIfSet(configuration, GatewayLabelFilter.Parse),
        AuditLog = SettingsTable.AuditLog.Read(configuration, ParseOnOff),
        Shard = SettingsTable.Shard.Read(configuration, GatewayShard.Parse),
        WebConfigPath = SettingsTable.WebConfig.ReadIfSet(configuration, ParseExistingFile),
        LogFormat = SettingsTable.LogFormat.Read(configuration, ParseLogFormat),
        LogLevel = SettingsTable.LogLevel.Read(configuration, ParseLogLevel),
    };

    private static string? ReadUrls(IConfiguration configuration) =>
        SettingsTable.Urls.Text(configuration) is { } urls && SettingsTable.ListenAddress.Text(configuration) is not null
            ? throw new ConfigurationException(SettingsTable.ListenAddress.Name, $"set either it or {SettingsTable.Urls.Name}, not both")
            : SettingsTable.Urls.Text(configuration);

    private static TimeSpan ParsePollInterval(string text)
    {
        if (!Duration.TryParse(text, out var interval))
        {
            throw new FormatException($"'{text}' is not a duration: use 30s, 1m, 1500ms or plain seconds");
        }

        return interval >= TimeSpan.FromSeconds(1) && interval <= TimeSpan.FromHours(24)
            ? interval
            : throw new FormatException($"'{text}' is out of range: between 1s and 24h");
    }

    private static int ParseMaxConcurrency(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 256
            ? value
            : throw new FormatException($"'{text}' is not a whole number from 1 to 256");

    /// <summary>Comma-separated UUIDs, compared without regard to case.</summary>
    private static IReadOnlySet<string> ParseGateways(string text) =>
        new HashSet<string>(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static string ParseExistingFile(string text) => File.Exists(text) ? text : throw new FormatException($"'{text}' does not exist");

    /// <summary>Comma-separated <c>[host]:port</c> addresses.</summary>
    internal static IReadOnlyList<ListenAddress> ParseListenAddresses(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ListenAddress.Parse)];

    /// <summary>An absolute path that is none of the exporter's other endpoints.</summary>
    private static string ParseTelemetryPath(string text) =>
        text.StartsWith('/') && text.Length > 1 && !text.Contains('?', StringComparison.Ordinal) && text is not ("/healthz" or "/readyz")
            ? text
            : throw new FormatException($"'{text}' is not a path starting with / other than /, /healthz and /readyz");

    private static bool ParseOnOff(string text) =>
        text.ToLowerInvariant() switch
        {
            "on" => true,
            "off" => false,
            var other => throw new FormatException($"'{other}' is neither on nor off"),
        };

    private static LogFormat ParseLogFormat(string text) =>
        text.ToLowerInvariant() switch
        {
            "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            var other => throw new FormatException($"'{other}' is neither text nor json"),
        };

    private static LogEventLevel ParseLogLevel(string text) =>
        text.ToLowerInvariant() switch
        {
            "debug" => LogEventLevel.Debug,
            "info" or "information" => LogEventLevel.Information,
            "warning" or "warn" => LogEventLevel.Warning,
            "error" => LogEventLevel.Error,
            var other => throw new FormatException($"'{other}' is not one of debug, info, warning, error"),
        };
}
