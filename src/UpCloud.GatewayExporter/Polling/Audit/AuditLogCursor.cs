namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// Where the next read of the audit log starts: the newest event time counted so far, and the ids of the events counted
/// at exactly that time, because <c>created_after</c> is inclusive and brings them back. Only those ids are kept, at most
/// <see cref="MaxBoundaryIds"/>: a flood of events at one instant moves the cursor just past it rather than grow.
/// </summary>
internal sealed class AuditLogCursor(DateTimeOffset start)
{
    /// <summary>The most ids kept of the events at the cursor's instant.</summary>
    public const int MaxBoundaryIds = 1000;

    private HashSet<string> _boundary = new(StringComparer.Ordinal);

    /// <summary>The instant the next read starts from, inclusive.</summary>
    public DateTimeOffset After { get; private set; } = start;

    /// <summary>Whether an event was not counted by an earlier read.</summary>
    public bool IsNew(string id, DateTimeOffset at) => at > After || (at == After && !_boundary.Contains(id));

    /// <summary>Moves to the newest of the events a read counted; returns false when a flood at one instant made it skip past that instant.</summary>
    public bool Advance(IReadOnlyList<(string Id, DateTimeOffset At)> counted)
    {
        var newest = counted.Select(c => c.At).DefaultIfEmpty(After).Max();
        if (newest > After)
        {
            (After, _boundary) = (newest, new HashSet<string>(StringComparer.Ordinal));
        }

        _boundary.UnionWith(counted.Where(c => c.At == After).Select(c => c.Id));
        if (_boundary.Count <= MaxBoundaryIds)
        {
            return true;
        }

        SkipPast(After);
        return false;
    }

    /// <summary>
    /// Moves just past <paramref name="instant"/> when the cursor is not already beyond it: the events there that were not
    /// counted are given up, because no window the API offers can reach them without <c>offset</c>.
    /// </summary>
    public void SkipPast(DateTimeOffset instant)
    {
        // The API's instants and the query's have microseconds, so one microsecond on is past every event at that
        // instant and before any later one; a smaller step would be written as the same instant.
        if (instant >= After)
        {
            (After, _boundary) = (instant.AddMicroseconds(1), new HashSet<string>(StringComparer.Ordinal));
        }
    }
}
