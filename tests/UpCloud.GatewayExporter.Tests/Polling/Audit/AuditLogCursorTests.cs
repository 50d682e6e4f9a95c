using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Tests.Polling.Audit;

public sealed class AuditLogCursorTests
{
    [Fact]
    public void Events_at_the_cursor_are_new_until_counted_and_only_the_ids_at_the_newest_instant_are_kept()
    {
        var cursor = new AuditLogCursor(TestClock.Start);

        Assert.True(cursor.IsNew("at-start", TestClock.Start));
        Assert.False(cursor.IsNew("before", TestClock.Start.AddTicks(-1)));
        Assert.True(cursor.Advance([("a", TestClock.Start.AddMinutes(1)), ("b", TestClock.Start.AddMinutes(2)), ("c", TestClock.Start.AddMinutes(2))]));

        Assert.Equal(TestClock.Start.AddMinutes(2), cursor.After);
        Assert.False(cursor.IsNew("b", TestClock.Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("c", TestClock.Start.AddMinutes(2)));
        Assert.True(cursor.IsNew("d", TestClock.Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("a", TestClock.Start.AddMinutes(1)));

        // A later read that finds another event at the same instant keeps the ids seen there before.
        Assert.True(cursor.Advance([("d", TestClock.Start.AddMinutes(2))]));
        Assert.False(cursor.IsNew("b", TestClock.Start.AddMinutes(2)));
        Assert.False(cursor.IsNew("d", TestClock.Start.AddMinutes(2)));
    }

    [Fact]
    public void A_flood_of_events_at_one_instant_moves_the_cursor_just_past_it_instead_of_keeping_every_id()
    {
        var cursor = new AuditLogCursor(TestClock.Start);
        var instant = TestClock.Start.AddMinutes(5);

        var kept = cursor.Advance([.. Enumerable.Range(0, AuditLogCursor.MaxBoundaryIds + 1).Select(i => ($"id-{i}", instant))]);

        Assert.False(kept);
        Assert.Equal(instant.AddMicroseconds(1), cursor.After);
        Assert.False(cursor.IsNew("id-0", instant));
        Assert.False(cursor.IsNew("never-seen", instant));
        Assert.True(cursor.IsNew("later", instant.AddTicks(10)));
    }
}
