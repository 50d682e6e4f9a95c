using System.Globalization;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>The one line logged at start: what this exporter polls, how often, what it filters and where it serves.</summary>
internal static partial class StartupLog
{
    public static void Starting(ILogger logger, ExporterOptions options, string listen)
    {
        var accounts = options.Accounts.Count == 1 && options.Accounts[0].Name is null
            ? "one account"
            : "accounts " + string.Join(", ", options.Accounts.Select(account => account.Name));
        var filters = string.Join(", ", new[]
        {
            options.Gateways.Count == 0 ? null : $"{options.Gateways.Count} listed UUIDs",
            options.GatewayLabel is { } label ? $"label {label}" : null,
            options.Shard.Count == 1 ? null : $"shard {options.Shard}",
        }.Where(filter => filter is not null));
        LogStarting(
            logger,
            BuildVersion.Current,
            string.Join(", ", options.Accounts.Select(account => account.ApiUrl.AbsoluteUri).Distinct()),
            accounts,
            options.PollInterval.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            filters.Length == 0 ? "every gateway" : filters,
            options.TelemetryPath,
            listen);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "upcloud-gateway-exporter {Version} starting: API {ApiUrl} with {Accounts}, polling every {Interval}s, exporting {Filters}, metrics at {Path} on {Listen}")]
    private static partial void LogStarting(ILogger logger, string version, string apiUrl, string accounts, string interval, string filters, string path, string listen);
}
