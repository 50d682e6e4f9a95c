using Microsoft.Extensions.Configuration;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Reads and validates every setting at start-up through the rows of <see cref="ExporterSettings"/>, failing on the first bad one with a message that names it.</summary>
internal static class ExporterOptionsReader
{
    /// <summary>Reads the settings; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A setting is missing, malformed or contradicts another.</exception>
    public static ExporterOptions Read(IConfiguration configuration, UpCloudCredentials? demoCredentials = null) => new()
    {
        Urls = ReadUrls(configuration),
        ListenAddresses = ExporterSettings.ListenAddress.Read(configuration),
        TelemetryPath = ExporterSettings.TelemetryPath.Read(configuration),
        Accounts = AccountReader.Read(configuration, demoCredentials),
        PollInterval = ExporterSettings.PollInterval.Read(configuration),
        MaxConcurrency = ExporterSettings.MaxConcurrency.Read(configuration),
        Gateways = ExporterSettings.Gateways.Read(configuration),
        GatewayLabel = ExporterSettings.GatewayLabel.Read(configuration),
        Shard = ExporterSettings.Shard.Read(configuration),
        WebConfigPath = ExporterSettings.WebConfig.Read(configuration),
        LogFormat = ExporterSettings.LogFormat.Read(configuration),
        LogLevel = ExporterSettings.LogLevel.Read(configuration),
    };

    private static string? ReadUrls(IConfiguration configuration) =>
        ExporterSettings.Urls.Text(configuration) is { } urls && ExporterSettings.ListenAddress.Text(configuration) is not null
            ? throw new ConfigurationException(ExporterSettings.ListenAddress.Name, $"set either it or {ExporterSettings.Urls.Label}, not both")
            : ExporterSettings.Urls.Text(configuration);
}
