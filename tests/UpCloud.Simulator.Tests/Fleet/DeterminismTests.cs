namespace UpCloud.Simulator.Tests.Fleet;

public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_serves_identical_bodies()
    {
        await using var first = await SimulatedCloud.StartAsync(configure: o => o.Seed = 42);
        await using var second = await SimulatedCloud.StartAsync(configure: o => o.Seed = 42);

        Assert.Equal(await first.GetBodyAsync("1.3/gateway"), await second.GetBodyAsync("1.3/gateway"));
        for (var i = 0; i < first.Fleet.Gateways.Count; i++)
        {
            Assert.Equal(
                await first.GetBodyAsync(Paths.Metrics(first.Fleet.Gateways[i])),
                await second.GetBodyAsync(Paths.Metrics(second.Fleet.Gateways[i])));
        }
    }

    [Fact]
    public async Task A_live_fleet_ends_up_the_same_whether_polled_every_minute_or_once_after_an_hour()
    {
        await using var polled = await SimulatedCloud.StartAsync(configure: o => (o.Seed, o.Live) = (7, true));
        await using var once = await SimulatedCloud.StartAsync(configure: o => (o.Seed, o.Live) = (7, true));

        for (var minute = 0; minute < 60; minute++)
        {
            polled.Time.Advance(TimeSpan.FromMinutes(1));
            await polled.GetBodyAsync("1.3/gateway");
            foreach (var gateway in polled.Fleet.Gateways)
            {
                await polled.GetBodyAsync(Paths.Metrics(gateway));
            }
        }

        once.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(await once.GetBodyAsync("1.3/gateway"), await polled.GetBodyAsync("1.3/gateway"));
        for (var i = 0; i < once.Fleet.Gateways.Count; i++)
        {
            Assert.Equal(
                await once.GetBodyAsync(Paths.Metrics(once.Fleet.Gateways[i])),
                await polled.GetBodyAsync(Paths.Metrics(polled.Fleet.Gateways[i])));
        }
    }

    [Fact]
    public async Task Different_seeds_build_different_fleets()
    {
        await using var first = await SimulatedCloud.StartAsync(configure: o => o.Seed = 1);
        await using var second = await SimulatedCloud.StartAsync(configure: o => o.Seed = 2);

        Assert.Empty(first.Fleet.Gateways.Select(g => g.Uuid).Intersect(second.Fleet.Gateways.Select(g => g.Uuid)));
    }
}
