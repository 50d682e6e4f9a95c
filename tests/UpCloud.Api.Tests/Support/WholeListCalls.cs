using UpCloud.Api.Models;

namespace UpCloud.Api.Tests.Support;

/// <summary>The whole gateway list at once, which the exporter never asks for: it reads the pages as they come.</summary>
internal static class WholeListCalls
{
    /// <summary>Every page of the list, joined.</summary>
    public static async Task<GatewayList> ListAllGatewaysAsync(this UpCloudClient client, string? label = null, CancellationToken cancellationToken = default)
    {
        var (gateways, rejected) = (new List<Gateway>(), new List<RejectedGateway>());
        await foreach (var page in client.Gateways.ListPagesAsync(label, cancellationToken))
        {
            gateways.AddRange(page.Gateways);
            rejected.AddRange(page.Rejected);
        }

        return new GatewayList(gateways, rejected);
    }
}
