using System.Runtime.CompilerServices;
using System.Text.Json;
using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>The gateway list and single-gateway endpoints.</summary>
public sealed class GatewayApi
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxPageSize = 100;

    private readonly UpCloudTransport _transport;

    internal GatewayApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>Reads every gateway, paging with <c>limit=100</c> until a page comes back short.</summary>
    /// <param name="label">The API's label filter, <c>key=value</c> or <c>key</c>; null for all gateways.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public async Task<GatewayList> ListAllAsync(string? label = null, CancellationToken cancellationToken = default)
    {
        var gateways = new List<Gateway>();
        var rejected = new List<RejectedGateway>();
        await foreach (var page in ListPagesAsync(label, cancellationToken).ConfigureAwait(false))
        {
            gateways.AddRange(page.Gateways);
            rejected.AddRange(page.Rejected);
        }

        return new GatewayList(gateways, rejected);
    }

    /// <summary>
    /// Reads the list page by page with <c>limit=100</c>, each page fetched when the caller asks for it, until a page comes
    /// back short; a list that does not end within the configured page limit fails.
    /// </summary>
    /// <param name="label">The API's label filter, <c>key=value</c> or <c>key</c>; null for all gateways.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public async IAsyncEnumerable<GatewayList> ListPagesAsync(string? label = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 0; page < _transport.Options.MaxListPages; page++)
        {
            var result = await ListPageAsync(MaxPageSize, page * MaxPageSize, label, cancellationToken).ConfigureAwait(false);
            yield return result;
            if (result.Count < MaxPageSize)
            {
                yield break;
            }
        }

        throw new UpCloudApiException(UpCloudFailure.InvalidResponse, UpCloudRoutes.Gateways, UpCloudRoutes.Gateways,
            $"the list did not end within {_transport.Options.MaxListPages} pages");
    }

    /// <summary>Reads one page of the gateway list; an entry that does not parse is rejected alone.</summary>
    /// <param name="limit">Page size, 0 to 100.</param>
    /// <param name="offset">Entries to skip.</param>
    /// <param name="label">The API's label filter; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<GatewayList> ListPageAsync(int limit, int offset, string? label = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var query = $"?limit={limit}&offset={offset}" + (label is null ? string.Empty : "&label=" + Uri.EscapeDataString(label));
        var page = await _transport.GetAsync(UpCloudRoutes.Gateways, UpCloudRoutes.Gateways, query, UpCloudJsonContext.Default.JsonElement, cancellationToken)
            .ConfigureAwait(false);
        if (page.ValueKind != JsonValueKind.Array)
        {
            throw new UpCloudApiException(UpCloudFailure.InvalidResponse, UpCloudRoutes.Gateways, UpCloudRoutes.Gateways,
                $"expected a JSON array of gateways, found {page.ValueKind}", 200);
        }

        var gateways = new List<Gateway>(page.GetArrayLength());
        var rejected = new List<RejectedGateway>();
        foreach (var entry in page.EnumerateArray())
        {
            try
            {
                gateways.Add(entry.Deserialize(UpCloudJsonContext.Default.Gateway)
                    ?? throw new JsonException("the entry is JSON null"));
            }
            catch (JsonException ex)
            {
                rejected.Add(new RejectedGateway(UuidOf(entry), LabelsOf(entry), ex.Path is null ? ex.Message : $"unreadable at {JsonFailure.PathOf(ex)}"));
            }
        }

        return new GatewayList(gateways, rejected);
    }

    /// <summary>Reads one gateway with its connections and tunnels.</summary>
    /// <param name="uuid">The gateway's UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Gateway> GetAsync(string uuid, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UpCloudRoutes.Gateway, UpCloudPaths.Gateway(uuid), string.Empty, UpCloudJsonContext.Default.Gateway, cancellationToken);

    private static string? UuidOf(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object
        && entry.TryGetProperty("uuid", out var uuid)
        && uuid.ValueKind == JsonValueKind.String
            ? uuid.Deserialize(UpCloudJsonContext.Default.String)
            : null;

    /// <summary>Reads a rejected entry's labels on their own, so a label filter can still tell whether the entry was one of its gateways.</summary>
    private static IReadOnlyList<GatewayLabel>? LabelsOf(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("labels", out var labels))
        {
            return null;
        }

        try
        {
            return labels.Deserialize(UpCloudJsonContext.Default.IReadOnlyListGatewayLabel);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
