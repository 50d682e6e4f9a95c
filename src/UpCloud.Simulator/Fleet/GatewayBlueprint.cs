namespace UpCloud.Simulator.Fleet;

/// <summary>
/// What a gateway to be created looks like; the factory fills in UUIDs, addresses, rates and state. A set
/// <c>MetricsStaleFor</c> builds the gateway as of that long ago and freezes its metrics there.
/// </summary>
internal sealed record GatewayBlueprint(
    string Name,
    string Zone,
    string Plan,
    IReadOnlyList<string> Features,
    int Nodes,
    IReadOnlyList<ConnectionBlueprint> Connections,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    TimeSpan? MetricsStaleFor = null);
