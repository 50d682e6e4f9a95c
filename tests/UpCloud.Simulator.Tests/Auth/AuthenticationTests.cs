using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Auth;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task The_right_basic_credentials_and_the_right_token_are_both_accepted()
    {
        await using var api = await SimulatedCloud.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, TestCredentials.Basic(TestCredentials.Username, TestCredentials.Password)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, new AuthenticationHeaderValue("Bearer", TestCredentials.Token)));
    }

    [Fact]
    public async Task A_wrong_password_a_wrong_token_and_no_credentials_are_401_problems()
    {
        await using var api = await SimulatedCloud.StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, TestCredentials.Basic(TestCredentials.Username, "wrong")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, new AuthenticationHeaderValue("Bearer", "ucat_bad")));
        using var anonymousClient = new HttpClient { BaseAddress = api.Simulator.BaseAddress };
        using var anonymous = await anonymousClient.GetAsync("1.3/gateway");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync());
        Assert.EndsWith("#ERROR_AUTHENTICATION_FAILED", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Revoking_the_credentials_turns_the_next_request_into_a_401()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var basic = TestCredentials.Basic(TestCredentials.Username, TestCredentials.Password);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, basic));

        api.Simulator.Credentials.Revoked = true;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, basic));
    }

    [Fact]
    public async Task Rotating_the_password_rejects_the_old_one_and_accepts_the_new_one()
    {
        await using var api = await SimulatedCloud.StartAsync();

        api.Simulator.Credentials.Password = "rotated";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, TestCredentials.Basic(TestCredentials.Username, TestCredentials.Password)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, TestCredentials.Basic(TestCredentials.Username, "rotated")));
    }

    [Fact]
    public async Task Forbidden_credentials_are_a_403_problem()
    {
        await using var api = await SimulatedCloud.StartAsync();

        api.Simulator.Credentials.Forbidden = true;

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(api, TestCredentials.Basic(TestCredentials.Username, TestCredentials.Password)));
    }

    [Fact]
    public async Task Sending_basic_and_bearer_together_is_a_400()
    {
        await using var api = await SimulatedCloud.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "1.3/gateway");
        request.Headers.TryAddWithoutValidation("Authorization", TestCredentials.Basic(TestCredentials.Username, TestCredentials.Password).ToString());
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {TestCredentials.Token}");

        using var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_configured_credentials_auth_is_not_checked()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Username, o.Password, o.Token) = (null, null, null));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, TestCredentials.Basic("anyone", "anything")));
    }

    private static async Task<HttpStatusCode> StatusAsync(SimulatedCloud api, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "1.3/gateway");
        request.Headers.Authorization = authorization;
        using var response = await api.Http.SendAsync(request);
        return response.StatusCode;
    }
}
