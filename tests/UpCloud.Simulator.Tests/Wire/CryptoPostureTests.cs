using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Wire;

public sealed class CryptoPostureTests
{
    private static readonly string[] Weak = ["3des", "des", "md5", "sha1"];

    [Fact]
    public async Task Tunnels_offer_the_recorded_modern_proposal_and_timers_by_default()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var gateway = api.Fleet.Gateways[0];
        var connection = gateway.Connections[0];

        var ipsec = (await api.GetJsonAsync(Paths.Tunnel(gateway, connection, connection.Tunnels[0]))).GetProperty("ipsec");

        string[] ciphers = ["aes128", "aes256", "aes128gcm128", "aes256gcm128"];
        string[] integrity = ["sha256", "sha384", "sha512"];
        int[] groups = [14, 16, 18, 19, 20, 21];
        Assert.Equal(ciphers, Strings(ipsec, "phase1_algorithms"));
        Assert.Equal(ciphers, Strings(ipsec, "phase2_algorithms"));
        Assert.Equal(integrity, Strings(ipsec, "phase1_integrity_algorithms"));
        Assert.Equal(integrity, Strings(ipsec, "phase2_integrity_algorithms"));
        Assert.Equal(groups, Groups(ipsec, "phase1_dh_group_numbers"));
        Assert.Equal(groups, Groups(ipsec, "phase2_dh_group_numbers"));
        Assert.Equal(
            (14_400, 1_440, 86_400, 30, 120),
            (Number(ipsec, "rekey_time"), Number(ipsec, "child_rekey_time"), Number(ipsec, "ike_lifetime"), Number(ipsec, "dpd_delay"), Number(ipsec, "dpd_timeout")));
    }

    [Fact]
    public async Task The_demo_has_exactly_one_weak_tunnel_an_ikev1_office_router_with_3des_sha1_md5_and_group_2()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var tunnels = new List<(string Name, JsonElement Ipsec)>();
        foreach (var gateway in api.Fleet.Gateways)
        {
            foreach (var connection in gateway.Connections)
            {
                var served = await api.GetJsonAsync(Paths.Tunnels(gateway, connection));
                tunnels.AddRange(served.EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("ipsec"))));
            }
        }

        var weak = Assert.Single(tunnels, t => IsWeak(t.Ipsec));
        Assert.Equal("office-berlin-t1", weak.Name);
        Assert.Equal(["3des", "aes128"], Strings(weak.Ipsec, "phase1_algorithms"));
        Assert.Equal(["sha1"], Strings(weak.Ipsec, "phase1_integrity_algorithms"));
        Assert.Contains("md5", Strings(weak.Ipsec, "phase2_integrity_algorithms"));
        Assert.Equal(2, Groups(weak.Ipsec, "phase1_dh_group_numbers").Min());
        var hq = api.Fleet.Gateways.Single(g => g.Name == "hq-fra1");
        var sa = (await api.GetJsonAsync(Paths.Metrics(hq))).GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "office-berlin/office-berlin-t1");
        Assert.Equal(1, sa.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Each_tunnel_serves_its_own_settings_and_scalar_dh_groups_carry_the_first_group()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var gateway = api.Fleet.Gateways[0];
        var connection = gateway.Connections[0];
        var (changed, untouched) = (connection.Tunnels[0], connection.Tunnels[1]);
        api.Fleet.Update(() =>
        {
            changed.Ipsec = new SimIpsec { Phase1DhGroupNumbers = [5, 14], Phase2DhGroupNumbers = [], DpdDelay = 10 };
            gateway.Wire.DhGroupsAsScalars = true;
        });

        var served = await api.GetJsonAsync(Paths.Tunnels(gateway, connection));

        var ipsec = served[0].GetProperty("ipsec");
        Assert.Equal(5, ipsec.GetProperty("phase1_dh_group_numbers").GetInt32());
        Assert.Equal(JsonValueKind.Null, ipsec.GetProperty("phase2_dh_group_numbers").ValueKind);
        Assert.Equal(10, Number(ipsec, "dpd_delay"));
        Assert.Equal(14, served[1].GetProperty("ipsec").GetProperty("phase1_dh_group_numbers").GetInt32());
        Assert.Equal(30, Number(served[1].GetProperty("ipsec"), "dpd_delay"));
        Assert.NotSame(changed.Ipsec, untouched.Ipsec);
    }

    private static bool IsWeak(JsonElement ipsec)
        => new[] { "phase1_algorithms", "phase2_algorithms", "phase1_integrity_algorithms", "phase2_integrity_algorithms" }
               .SelectMany(name => Strings(ipsec, name)).Any(Weak.Contains)
           || Groups(ipsec, "phase1_dh_group_numbers").Concat(Groups(ipsec, "phase2_dh_group_numbers")).Any(g => g < 14);

    private static List<string> Strings(JsonElement ipsec, string name)
        => [.. ipsec.GetProperty(name).EnumerateArray().Select(v => v.GetString()!)];

    // The demo mixes wire variants, so groups come as an array or as the first group alone.
    private static List<int> Groups(JsonElement ipsec, string name)
    {
        var groups = ipsec.GetProperty(name);
        return groups.ValueKind == JsonValueKind.Array ? [.. groups.EnumerateArray().Select(g => g.GetInt32())] : [groups.GetInt32()];
    }

    private static int Number(JsonElement ipsec, string name) => ipsec.GetProperty(name).GetInt32();
}
