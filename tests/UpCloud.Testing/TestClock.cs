using Microsoft.Extensions.Time.Testing;

namespace UpCloud.Testing;

/// <summary>
/// The one instant every fake clock in the tests starts at, so a date a test writes down, the simulator's fleet and the
/// committed golden exposition of <c>--demo</c> all agree; tests move time forward from here, never from the wall clock.
/// </summary>
public static class TestClock
{
    /// <summary>1 December 2026, 12:00 UTC: a whole second, so the wire's microseconds and Unix seconds round trip exactly.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A clock that stands still at <see cref="Start"/> until the test advances it.</summary>
    public static FakeTimeProvider Frozen() => new(Start);
}
