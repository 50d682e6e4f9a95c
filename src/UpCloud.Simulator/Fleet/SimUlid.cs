namespace UpCloud.Simulator.Fleet;

/// <summary>ULIDs as the audit log's <c>cloud_event_id</c>: 48 bits of milliseconds, then 80 bits a sequence fills, so ids are deterministic.</summary>
internal static class SimUlid
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Of(DateTimeOffset at, long sequence)
    {
        // 26 base-32 digits: 10 for the time, 16 for the sequence (which needs at most 13 of its 80 bits' digits).
        Span<char> text = stackalloc char[26];
        var time = (ulong)Math.Max(0, at.ToUnixTimeMilliseconds());
        for (var i = 9; i >= 0; i--, time >>= 5)
        {
            text[i] = Crockford[(int)(time & 31)];
        }

        var rest = (ulong)sequence;
        for (var i = 25; i >= 10; i--, rest >>= 5)
        {
            text[i] = Crockford[(int)(rest & 31)];
        }

        return new string(text);
    }
}
