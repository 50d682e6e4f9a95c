using UpCloud.Api;
using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// One read's walk through the audit log's gateway events that are new since a cursor. It windows by
/// <c>created_after</c> and <c>created_before</c>, never by <c>offset</c>, whose unit the spec leaves open, and moves the
/// cursor only once every page was read, so a read that fails halfway is read again whole.
/// </summary>
internal static class AuditLogPages
{
    /// <summary>The most pages one read takes; the rest waits for the next read.</summary>
    public const int MaxPagesPerRead = 10;

    /// <summary>The resource type of gateways in the audit log.</summary>
    public const string GatewayResource = "network-gateway";

    /// <summary>How far ahead of this host's clock an event may be dated and still be counted.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Returns the events not returned before, de-duplicated by <c>cloud_event_id</c>, and moves the cursor past them.</summary>
    public static async Task<IReadOnlyList<AuditLogEvent>> ReadNewAsync(
        UpCloudClient client, AuditLogCursor cursor, DateTimeOffset now, AuditLogNotes notes, CancellationToken cancellationToken)
    {
        var fresh = new List<AuditLogEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (after, before) = (cursor.After, (DateTimeOffset?)null);
        DateTimeOffset? stuck = null;
        for (var page = 0; ; page++)
        {
            if (page == MaxPagesPerRead)
            {
                notes.Flooded = true;
                break;
            }

            var entries = await client.AuditLogs.ListAsync(new AuditLogQuery(GatewayResource, after, before, AuditLogApi.MaxPageSize), cancellationToken).ConfigureAwait(false);
            var freshBefore = fresh.Count;
            var times = new List<DateTimeOffset>(entries.Count);
            foreach (var entry in entries)
            {
                if (entry is not { CloudEventId: { Length: > 0 } id, Time: { } at })
                {
                    notes.Unreadable++;
                    continue;
                }

                times.Add(at);
                if (at > now + MaxClockSkew)
                {
                    notes.Future++;
                }
                else if (cursor.IsNew(id, at) && seen.Add(id))
                {
                    fresh.Add(entry);
                }
            }

            var anyFresh = fresh.Count > freshBefore;
            if (entries.Count < AuditLogApi.MaxPageSize || !anyFresh)
            {
                // A full page of one instant with nothing new: the window cannot move past it, so the read skips it.
                if (entries.Count == AuditLogApi.MaxPageSize && !anyFresh && times.Count > 0 && times.TrueForAll(t => t == times[0]))
                {
                    stuck = times[0];
                }

                break;
            }

            // A full page: the rest lies beyond its far end. The API does not document its order, so the page's own says which end that is.
            (after, before) = times[^1] < times[0] ? (after, times.Min()) : (times.Max(), before);
        }

        notes.Flooded |= !cursor.Advance(fresh.ConvertAll(e => (e.CloudEventId!, e.Time!.Value)));
        if (stuck is { } instant)
        {
            cursor.SkipPast(instant);
            notes.Flooded = true;
        }

        return fresh;
    }
}
