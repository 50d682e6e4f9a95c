using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Web;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>
/// Where <c>--health-check</c> finds the exporter when given no URL: the first address it serves on, reached on loopback,
/// with https when the web config turns TLS on. A container's HEALTHCHECK runs with the container's own settings, so a
/// moved port or TLS needs no URL spelled out in the image, which has no shell to pass one.
/// </summary>
internal static class HealthCheckTarget
{
    /// <summary>The <c>/healthz</c> URL of the exporter these settings describe.</summary>
    /// <exception cref="ConfigurationException">A listen, URL or web config setting is malformed.</exception>
    public static Uri From(IConfiguration configuration)
    {
        var tls = SettingsTable.WebConfig.Text(configuration) is { } path && WebConfigReader.Read(path).Tls is not null;
        if (SettingsTable.Urls.Text(configuration) is { } urls)
        {
            var first = new Uri(urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[0].Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
            return Healthz(first.Scheme, first.Host, first.Port);
        }

        var address = SettingsTable.ListenAddress.Read(configuration, OptionsReader.ParseListenAddresses)[0];
        return Healthz(tls ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, address.Host, address.Port);
    }

    // An address that listens everywhere is probed on loopback, of the same family.
    private static Uri Healthz(string scheme, string host, int port) => new UriBuilder(scheme, host switch
    {
        "" or "0.0.0.0" => "127.0.0.1",
        "[::]" or "::" => "[::1]",
        _ => host,
    }, port, "/healthz").Uri;
}
