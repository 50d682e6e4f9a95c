using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>Gateways read from the list endpoint, and the entries that could not be read, so one bad entry costs only itself.</summary>
/// <param name="Gateways">The entries that parsed.</param>
/// <param name="Rejected">The entries that did not.</param>
public sealed record GatewayList(IReadOnlyList<Gateway> Gateways, IReadOnlyList<RejectedGateway> Rejected)
{
    /// <summary>How many entries the API sent, readable or not.</summary>
    public int Count => Gateways.Count + Rejected.Count;
}
