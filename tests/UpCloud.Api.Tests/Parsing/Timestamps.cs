namespace UpCloud.Api.Tests.Parsing;

/// <summary>Expected timestamps built from their parts, not by the parser under test.</summary>
internal static class Timestamps
{
    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second, int microseconds = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(microseconds * 10L);
}
