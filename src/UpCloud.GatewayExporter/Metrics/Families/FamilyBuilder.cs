using UpCloud.GatewayExporter.Metrics.Resources;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>Creates one account's resource families: the label names every family of a kind shares, and the HELP text's note on caching.</summary>
internal sealed class FamilyBuilder(AccountResources resources)
{
    /// <summary>The labels of every gateway's series.</summary>
    public static readonly string[] Gateway = ["gateway_uuid", "gateway"];

    /// <summary>The labels of a gateway node's series.</summary>
    public static readonly string[] Node = [.. Gateway, "node"];

    /// <summary>The labels of a tunnel's series.</summary>
    public static readonly string[] Tunnel = [.. Gateway, "connection", "tunnel"];

    private const string Cached = " Cached from the last completed poll, not collected at scrape time; see upcloud_gateway_exporter_last_poll_success_timestamp_seconds.";

    /// <summary>A gauge whose first labels are one of the kinds above.</summary>
    public ResourceFamily Gauge(string name, string help, string[] labelNames) => Add(counter: false, name, help, labelNames);

    /// <summary>A counter whose first labels are one of the kinds above.</summary>
    public ResourceFamily Counter(string name, string help, string[] labelNames) => Add(counter: true, name, help, labelNames);

    private ResourceFamily Add(bool counter, string name, string help, string[] labelNames)
    {
        var identity = labelNames.AsSpan().StartsWith(Tunnel) ? Tunnel.Length : labelNames.AsSpan().StartsWith(Node) ? Node.Length : Gateway.Length;
        return resources.Add(name, help + Cached, counter, labelNames, identity);
    }
}
