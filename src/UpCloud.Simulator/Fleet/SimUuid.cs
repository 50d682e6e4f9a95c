namespace UpCloud.Simulator.Fleet;

/// <summary>Version-4-shaped UUIDs drawn from a seeded random stream, so the same seed yields the same fleet.</summary>
internal static class SimUuid
{
    public static string Next(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
