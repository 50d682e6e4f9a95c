namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>Numbers the resource families in the order they are described: the label names every family of a kind shares, and the HELP text's note on caching.</summary>
internal sealed class FamilyBuilder
{
    /// <summary>The labels of every gateway's series.</summary>
    public static readonly string[] Gateway = ["gateway_uuid", "gateway"];

    /// <summary>The labels of a gateway node's series.</summary>
    public static readonly string[] Node = [.. Gateway, "node"];

    /// <summary>The labels of a tunnel's series.</summary>
    public static readonly string[] Tunnel = [.. Gateway, "connection", "tunnel"];

    private const string Cached = " Cached from the last completed poll, not collected at scrape time; see upcloud_gateway_exporter_last_poll_success_timestamp_seconds.";

    private readonly List<ResourceFamily> _families = [];

    /// <summary>The families described so far, in exposition order.</summary>
    public IReadOnlyList<ResourceFamily> Families => _families;

    /// <summary>A gauge whose first labels are one of the kinds above.</summary>
    public ResourceFamily Gauge(string name, string help, string[] labelNames) => Add(counter: false, name, help, labelNames);

    /// <summary>A counter whose first labels are one of the kinds above.</summary>
    public ResourceFamily Counter(string name, string help, string[] labelNames) => Add(counter: true, name, help, labelNames);

    private ResourceFamily Add(bool counter, string name, string help, string[] labelNames)
    {
        var identity = labelNames.AsSpan().StartsWith(Tunnel) ? Tunnel.Length : labelNames.AsSpan().StartsWith(Node) ? Node.Length : Gateway.Length;
        var family = new ResourceFamily(_families.Count, name, help + Cached, counter, labelNames, identity);
        _families.Add(family);
        return family;
    }
}
