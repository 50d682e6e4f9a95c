using System.Globalization;
using System.Text;

namespace UpCloud.Api;

/// <summary>
/// What one read of the audit log asks for: the entries of one resource type in a time window, at most
/// <see cref="Limit"/> of them. Both bounds are inclusive, as the API documents them. The API's <c>offset</c> is not
/// offered: its spec calls it both an item offset and a page number, so the window's bounds page instead.
/// </summary>
/// <param name="ResourceType">Only entries about this kind of resource, such as <c>network-gateway</c>.</param>
/// <param name="CreatedAfter">Only entries from this instant on.</param>
/// <param name="CreatedBefore">Only entries up to this instant; null for no upper bound.</param>
/// <param name="Limit">The most entries the page holds, 1 to <see cref="AuditLogApi.MaxPageSize"/>.</param>
public sealed record AuditLogQuery(string ResourceType, DateTimeOffset CreatedAfter, DateTimeOffset? CreatedBefore, int Limit)
{
    /// <summary>The query string, starting with <c>?</c>; instants in UTC with the API's microseconds.</summary>
    public string ToQueryString()
    {
        var query = new StringBuilder("?resource_types=").Append(Uri.EscapeDataString(ResourceType))
            .Append("&created_after=").Append(Uri.EscapeDataString(Instant(CreatedAfter)));
        if (CreatedBefore is { } before)
        {
            query.Append("&created_before=").Append(Uri.EscapeDataString(Instant(before)));
        }

        return query.Append("&limit=").Append(Limit.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
