using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Tests.Configuration;

public sealed class GatewayShardTests
{
    private static readonly string[] Uuids = Enumerable.Range(0, 3000).Select(i => new Guid(i, 0, 0, new byte[8]).ToString()).ToArray();

    [Fact]
    public void Three_shards_partition_a_fleet_exactly_with_no_gateway_twice_and_none_lost()
    {
        var shards = Enumerable.Range(0, 3).Select(i => new GatewayShard(i, 3)).ToArray();

        var owners = Uuids.Select(uuid => shards.Count(s => s.Owns(uuid))).ToArray();

        Assert.All(owners, count => Assert.Equal(1, count));
        Assert.All(shards, s => Assert.InRange(Uuids.Count(s.Owns), 900, 1100));
    }

    [Fact]
    public void The_shard_of_a_uuid_ignores_case_and_is_stable()
    {
        Assert.Equal(GatewayShard.Of("0A1B2C3D-0000-4000-8000-000000000001", 7), GatewayShard.Of("0a1b2c3d-0000-4000-8000-000000000001", 7));
        Assert.Equal(GatewayShard.Of("0a1b2c3d-0000-4000-8000-000000000001", 7), GatewayShard.Of("0a1b2c3d-0000-4000-8000-000000000001", 7));
    }

    [Fact]
    public void Changing_the_count_moves_gateways_only_as_the_hash_says()
    {
        var moved = Uuids.Where(uuid => GatewayShard.Of(uuid, 3) != GatewayShard.Of(uuid, 4)).ToArray();

        Assert.All(moved, uuid => Assert.True(new GatewayShard(GatewayShard.Of(uuid, 4), 4).Owns(uuid)));
        Assert.All(Uuids.Except(moved), uuid => Assert.Equal(GatewayShard.Of(uuid, 3), GatewayShard.Of(uuid, 4)));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData(" 1 / 4 ", 1, 4)]
    public void Valid_shard_settings_parse(string text, int index, int count) =>
        Assert.Equal(new GatewayShard(index, count), GatewayShard.Parse(text));

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Invalid_shard_settings_do_not_parse(string text) => Assert.Throws<FormatException>(() => GatewayShard.Parse(text));
}
