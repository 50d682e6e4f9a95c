using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Tests.Polling.Audit;

public sealed class AuditLogCursorTests
{
    private static readonly DateTimeOffset Start = TestClock.Start;

    [Fact]
    public void Events_at_the_cursor_are_new_until_counted_and_only_the_ids_at_the_newest_instant_are_kept()
    {
        var cursor = new AuditLogCursor(Start);

        Assert.True(cursor.IsNew("at-start", Start));
        Assert.False(cursor.IsNew("before", Start.AddTicks(-1)));
        Assert.True(cursor.Advance([("a", Start.AddMinutes(1)), ("b", Start.AddMinutes(2)), ("c", Start.AddMinutes(2))]));

        Assert.Equal(Start.AddMinutes(2), cursor.After);
        Assert.False(cursor.IsNew("b", Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("c", Start.AddMinutes(2)));
        Assert.True(cursor.IsNew("d", Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("a", Start.AddMinutes(1)));

        // A later read that finds another event at the same instant keeps the ids seen there before.
        Assert.True(cursor.Advance([("d", Start.AddMinutes(2))]));
        Assert.False(cursor.IsNew("b", Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("d", Start.AddMinutes(2)));
    }

    [Fact]
    public void A_flood_of_events_at_one_instant_moves_the_cursor_just_past_it_instead_of_keeping_every_id()
    {
        var cursor = new AuditLogCursor(Start);
        var instant = Start.AddMinutes(5);

        var kept = cursor.Advance([.. Enumerable.Range(0, AuditLogCursor.MaxBoundaryIds + 1).Select(i => ($"id-{i}", instant))]);

        Assert.False(kept);
        Assert.Equal(instant.AddTicks(1), cursor.After);
        Assert.False(cursor.IsNew("id-0", instant));
        Assert.False(cursor.IsNew("never-seen", instant));
        Assert.True(cursor.IsNew("later", instant.AddTicks(10)));
    }
}
