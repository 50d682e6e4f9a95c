using System.Runtime.CompilerServices;

namespace UpCloud.Api;

/// <summary>The paginated gateway list, whose entries embed each gateway's connections and tunnels.</summary>
public sealed class GatewayApi
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxPageSize = 100;

    private readonly UpCloudTransport _transport;

    internal GatewayApi(UpCloudTransport transport) => _transport = transport;

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

    /// <summary>Reads one page of the gateway list; an entry that does not parse, or holds more than one gateway's worth of JSON, is rejected alone.</summary>
    /// <param name="limit">Page size, 0 to 100.</param>
    /// <param name="offset">Entries to skip.</param>
    /// <param name="label">The API's label filter; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    internal async Task<GatewayList> ListPageAsync(int limit, int offset, string? label = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var query = $"?limit={limit}&offset={offset}" + (label is null ? string.Empty : "&label=" + Uri.EscapeDataString(label));
        var limits = _transport.Options.Limits;
        return await _transport.GetAsync(UpCloudRoutes.Gateways, UpCloudRoutes.Gateways, query, limits.GatewayListPage, body => GatewayPage.Read(body.Span, limit, limits), cancellationToken)
            .ConfigureAwait(false);
    }
}
