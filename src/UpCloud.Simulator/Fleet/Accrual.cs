namespace UpCloud.Simulator.Fleet;

/// <summary>Counter growth from a per-second rate, exact across any split of the elapsed time.</summary>
internal static class Accrual
{
    // Deltas of a floor taken from a fixed anchor telescope, so many small advances add up to
    // exactly one big one and slow rates (0.05/s) still grow even when requests come every few ms.
    public static long Between(double perSecond, DateTimeOffset anchor, DateTimeOffset from, DateTimeOffset to)
        => Since(perSecond, anchor, to) - Since(perSecond, anchor, from);

    private static long Since(double perSecond, DateTimeOffset anchor, DateTimeOffset at)
        => at <= anchor ? 0 : (long)Math.Floor(perSecond * (at - anchor).TotalSeconds);
}
