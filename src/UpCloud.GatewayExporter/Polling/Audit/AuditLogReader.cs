using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Totals;

namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// Reads one account's audit log for its gateways at most once every <see cref="Interval"/>: at the first read the last
/// <see cref="Lookback"/>, then onward from the newest event counted, de-duplicated by <c>cloud_event_id</c>. It counts
/// the events of the gateways the poll exports, keeping each gateway's counts across missed polls as the running totals
/// are kept. A refusal (401, 403, 404) stops it for as long as the process runs; any other failure is tried again after
/// <see cref="Interval"/>. Not thread-safe: polls of one account never overlap.
/// </summary>
internal sealed class AuditLogReader(UpCloudClient client, TimeProvider time, AuditLogLog log)
{
    /// <summary>The shortest time between two reads.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How far back the first read goes.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromHours(24);

    private static readonly IReadOnlyDictionary<string, GatewayAudit> NoGateways = new Dictionary<string, GatewayAudit>();

    private readonly TotalsByKey<string, GatewayAuditTally> _tallies = new(StringComparer.OrdinalIgnoreCase);
    private AuditLogCursor? _cursor;
    private long? _readAt;

    /// <summary>What the audit log has told so far; null before the first read.</summary>
    public AuditLogSummary? Current { get; private set; }

    /// <summary>
    /// Reads what is new when a read is due and the API has not refused, counting the events of the gateways in
    /// <paramref name="exported"/>; returns what the audit log has told so far. Only cancellation throws.
    /// </summary>
    public async Task<AuditLogSummary> ReadAsync(IEnumerable<string> exported, CancellationToken cancellationToken)
    {
        var gateways = new Dictionary<string, GatewayAuditTally>(StringComparer.OrdinalIgnoreCase);
        foreach (var uuid in exported)
        {
            gateways.TryAdd(uuid, _tallies.Take(uuid));
        }

        _tallies.Commit(time.GetUtcNow());
        if (Current is { State: AuditLogState.Refused } || (Current is not null && _readAt is { } readAt && time.GetElapsedTime(readAt) < Interval))
        {
            return Current;
        }

        _readAt = time.GetTimestamp();
        try
        {
            log.Read(await ReadNewAsync(gateways, cancellationToken).ConfigureAwait(false));
            return Current = new AuditLogSummary(AuditLogState.Readable, Summaries(gateways));
        }
        catch (UpCloudApiException ex) when (AuditLogAccess.Refuses(ex))
        {
            log.Refused(ex);
            return Current = new AuditLogSummary(AuditLogState.Refused, Current?.Gateways ?? NoGateways);
        }
        catch (UpCloudApiException ex)
        {
            log.Failed(PollError.From(ex));
            return Current = new AuditLogSummary(AuditLogState.Failing, Current?.Gateways ?? NoGateways);
        }
    }

    /// <summary>Reads what is new since the cursor and counts it, only once every page was read.</summary>
    private async Task<AuditLogNotes> ReadNewAsync(Dictionary<string, GatewayAuditTally> gateways, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var notes = new AuditLogNotes();
        var fresh = await AuditLogPages.ReadNewAsync(client, _cursor ??= new AuditLogCursor(now - Lookback), now, notes, cancellationToken).ConfigureAwait(false);
        var folded = new HashSet<GatewayAuditTally>();
        foreach (var entry in fresh)
        {
            if (TallyOf(entry, gateways) is { } tally && !tally.Add(Label(entry.Action), Label(entry.Origin), entry.Time!.Value))
            {
                folded.Add(tally);
            }
        }

        notes.Folded = folded.Count;
        return notes;
    }

    /// <summary>
    /// The tally of the gateway an entry is about: one this poll exports, or one a recent poll exported whose counts are
    /// still kept, so its events count when it is back; null for other resources and other gateways.
    /// </summary>
    private GatewayAuditTally? TallyOf(AuditLogEvent entry, Dictionary<string, GatewayAuditTally> gateways) =>
        string.Equals(entry.ResourceType, AuditLogPages.GatewayResource, StringComparison.OrdinalIgnoreCase)
        && entry.ResourceId is { Length: > 0 } uuid
        && (gateways.TryGetValue(uuid, out var tally) || _tallies.TryFind(uuid, out tally))
            ? tally
            : null;

    /// <summary>An action or origin as a label value: cut and cleaned as every text of the API is, <c>unknown</c> when missing.</summary>
    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "unknown" : DisplayText.Label(text.Trim());

    private static IReadOnlyDictionary<string, GatewayAudit> Summaries(Dictionary<string, GatewayAuditTally> gateways) =>
        gateways.Where(g => !g.Value.IsEmpty).ToDictionary(g => g.Key, g => g.Value.Summary, StringComparer.OrdinalIgnoreCase);
}
