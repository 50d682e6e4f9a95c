namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// How long the running totals of a series that polls no longer read are kept, unexported. The API pages its gateway list
/// by offset, so a gateway deleted while one page is read shifts the next and another gateway is missed for one poll; a
/// series that comes back within this time continues its counters instead of restarting them at the raw value.
/// </summary>
internal static class Retention
{
    /// <summary>The fewest polls a missing series is kept through.</summary>
    public const int Polls = 20;

    /// <summary>The shortest time a missing series is kept for.</summary>
    public static readonly TimeSpan Time = TimeSpan.FromMinutes(10);

    /// <summary>Whether a series missing from <paramref name="missedPolls"/> polls, the first of them <paramref name="missedFor"/> ago, is still kept: whichever of the two bounds is longer.</summary>
    public static bool Keeps(int missedPolls, TimeSpan missedFor) => missedPolls <= Polls || missedFor < Time;
}
