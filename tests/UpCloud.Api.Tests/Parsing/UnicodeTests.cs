using System.Text;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class UnicodeTests
{
    [Fact]
    public async Task Bytes_that_are_not_utf8_in_a_name_read_as_replacement_characters_instead_of_rejecting_the_gateway()
    {
        byte[] body = [.. """[{"uuid": "gw-1", "name": "hq-"""u8, 0xFF, 0xC3, .. """-fra"}]"""u8];
        using var api = new StubApi(new StubHandler(_ => Responses.Bytes(System.Net.HttpStatusCode.OK, body, "application/json")));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Empty(page.Rejected);
        Assert.Equal("hq-\uFFFD\uFFFD-fra", Assert.Single(page.Gateways).Name);
    }

    [Theory]
    [InlineData("""a\ud800b""", "a\uFFFDb")]
    [InlineData("""\udc00 tail""", "\uFFFD tail")]
    [InlineData("""pair \ud83d\ude80 \"q\" \\ \/ \n""", "pair \U0001F680 \"q\" \\ / \n")]
    public async Task Escapes_that_are_not_valid_utf16_read_as_replacement_characters_and_valid_ones_as_themselves(string escaped, string expected)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"uuid": "gw-1", "name": "{{escaped}}"}""");
        using var api = new StubApi(new StubHandler(_ => Responses.Bytes(System.Net.HttpStatusCode.OK, body, "application/json")));

        Assert.Equal(expected, (await api.Single.GetGatewayAsync("gw-1")).Name);
    }

    [Fact]
    public async Task Control_and_bidirectional_characters_read_as_sent_for_the_exporter_to_make_safe()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""{"uuid": "gw-1", "name": "a\u0000b\u202Ec"}""")));

        Assert.Equal("a\0b\u202Ec", (await api.Single.GetGatewayAsync("gw-1")).Name);
    }
}
