using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// One shard of a fleet split across replicas: a gateway belongs to shard <c>xxHash64(lowercase UUID, UTF-8, seed 0) mod Count</c>,
/// so every replica agrees without talking to the others.
/// </summary>
/// <param name="Index">This replica's shard, from 0.</param>
/// <param name="Count">How many shards there are.</param>
internal sealed record GatewayShard(int Index, int Count)
{
    /// <summary>The whole fleet in one shard.</summary>
    public static GatewayShard All { get; } = new(0, 1);

    /// <summary>Parses <c>INDEX/COUNT</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid shard.</exception>
    public static GatewayShard Parse(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count
                ? new GatewayShard(index, count)
                : throw new FormatException($"'{text}' is not INDEX/COUNT with 0 <= INDEX < COUNT, e.g. 0/3");
    }

    /// <summary>The shard a gateway UUID belongs to out of <paramref name="count"/>.</summary>
    public static int Of(string uuid, int count) =>
        (int)(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(uuid.ToLowerInvariant())) % (ulong)count);

    /// <summary>Whether this shard exports the gateway.</summary>
    public bool Owns(string uuid) => Count == 1 || Of(uuid, Count) == Index;

    public override string ToString() => $"{Index}/{Count}";
}
