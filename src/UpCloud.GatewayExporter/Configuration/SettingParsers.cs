using System.Globalization;
using Serilog.Events;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>The parsers of the settings table; each throws <see cref="FormatException"/> saying what a good value looks like.</summary>
internal static class SettingParsers
{
    /// <summary>An absolute http(s) URL without credentials or query.</summary>
    public static Uri ApiUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.UserInfo) && string.IsNullOrEmpty(url.Query)
            ? url
            : throw new FormatException("is not an absolute http(s) URL without credentials or query, e.g. https://api.upcloud.com");

    /// <summary>A duration from one second to a day.</summary>
    public static TimeSpan PollInterval(string text)
    {
        if (!Duration.TryParse(text, out var interval))
        {
            throw new FormatException($"'{text}' is not a duration: use 30s, 1m, 1500ms or plain seconds");
        }

        return interval >= TimeSpan.FromSeconds(1) && interval <= TimeSpan.FromHours(24)
            ? interval
            : throw new FormatException($"'{text}' is out of range: between 1s and 24h");
    }

    /// <summary>A whole number from 1 to 256.</summary>
    public static int MaxConcurrency(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 256
            ? value
            : throw new FormatException($"'{text}' is not a whole number from 1 to 256");

    /// <summary>Comma-separated UUIDs, compared without regard to case.</summary>
    public static IReadOnlySet<string> Gateways(string text) =>
        new HashSet<string>(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary><c>key=value</c> or <c>key</c>.</summary>
    public static GatewayLabelFilter? GatewayLabel(string text) => GatewayLabelFilter.Parse(text);

    /// <summary><c>INDEX/COUNT</c> with 0 &lt;= INDEX &lt; COUNT.</summary>
    public static GatewayShard Shard(string text) => GatewayShard.Parse(text);

    /// <summary>The path of a file that exists.</summary>
    public static string? ExistingFile(string text) => File.Exists(text) ? text : throw new FormatException($"'{text}' does not exist");

    /// <summary>Comma-separated <c>[host]:port</c> addresses.</summary>
    public static IReadOnlyList<ListenAddress> ListenAddresses(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Configuration.ListenAddress.Parse)];

    /// <summary>An absolute path that is none of the exporter's other endpoints.</summary>
    public static string TelemetryPath(string text) =>
        text.StartsWith('/') && text.Length > 1 && !text.Contains('?', StringComparison.Ordinal) && text is not ("/healthz" or "/readyz")
            ? text
            : throw new FormatException($"'{text}' is not a path starting with / other than /, /healthz and /readyz");

    /// <summary><c>text</c> or <c>json</c>.</summary>
    public static LogFormat LogFormat(string text) =>
        text.ToLowerInvariant() switch
        {
            "text" => Configuration.LogFormat.Text,
            "json" => Configuration.LogFormat.Json,
            var other => throw new FormatException($"'{other}' is neither text nor json"),
        };

    /// <summary><c>debug</c>, <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static LogEventLevel LogLevel(string text) =>
        text.ToLowerInvariant() switch
        {
            "debug" => LogEventLevel.Debug,
            "info" or "information" => LogEventLevel.Information,
            "warning" or "warn" => LogEventLevel.Warning,
            "error" => LogEventLevel.Error,
            var other => throw new FormatException($"'{other}' is not one of debug, info, warning, error"),
        };
}
