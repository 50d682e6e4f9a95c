using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>The account's audit log: who changed what, and UpCloud's own operations such as maintenance.</summary>
public sealed class AuditLogApi
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxPageSize = 100;

    private readonly UpCloudTransport _transport;

    internal AuditLogApi(UpCloudTransport transport) => _transport = transport;

    /// <summary>
    /// Reads one page of the audit log. An entry that is not an object reads as null in its place; a body without the
    /// <c>audit_logs</c> array fails as <see cref="UpCloudFailure.InvalidResponse"/>.
    /// </summary>
    /// <param name="query">The window and page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<AuditLogEvent?>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxPageSize);
        var page = await _transport.GetAsync(UpCloudRoutes.AuditLogs, UpCloudRoutes.AuditLogs, query.ToQueryString(), _transport.Options.Limits.AuditLogPage,
            UpCloudJsonContext.Default.AuditLogPage, cancellationToken)
            .ConfigureAwait(false);
        return page.Entries ?? throw new UpCloudApiException(UpCloudFailure.InvalidResponse, UpCloudRoutes.AuditLogs, UpCloudRoutes.AuditLogs,
            "the body has no audit_logs array", 200);
    }
}
