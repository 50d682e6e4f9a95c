using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Auth;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task The_right_basic_credentials_and_the_right_token_are_both_accepted()
    {
        await using var api = await StartWithCredentialsAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, RunningSimulator.Basic("api-user", "s3cret")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, new AuthenticationHeaderValue("Bearer", "ucat_good")));
    }

    [Fact]
    public async Task A_wrong_password_a_wrong_token_and_no_credentials_are_401_problems()
    {
        await using var api = await StartWithCredentialsAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, RunningSimulator.Basic("api-user", "wrong")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, new AuthenticationHeaderValue("Bearer", "ucat_bad")));
        using var anonymous = await api.GetAsync("1.3/gateway");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync());
        Assert.EndsWith("#ERROR_AUTHENTICATION_FAILED", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Revoking_the_credentials_turns_the_next_request_into_a_401()
    {
        await using var api = await StartWithCredentialsAsync();
        var basic = RunningSimulator.Basic("api-user", "s3cret");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, basic));

        api.Simulator.Credentials.Revoked = true;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, basic));
    }

    [Fact]
    public async Task Rotating_the_password_rejects_the_old_one_and_accepts_the_new_one()
    {
        await using var api = await StartWithCredentialsAsync();

        api.Simulator.Credentials.Password = "rotated";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, RunningSimulator.Basic("api-user", "s3cret")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, RunningSimulator.Basic("api-user", "rotated")));
    }

    [Fact]
    public async Task Forbidden_credentials_are_a_403_problem()
    {
        await using var api = await StartWithCredentialsAsync();

        api.Simulator.Credentials.Forbidden = true;

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(api, RunningSimulator.Basic("api-user", "s3cret")));
    }

    [Fact]
    public async Task Sending_basic_and_bearer_together_is_a_400()
    {
        await using var api = await StartWithCredentialsAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "1.3/gateway");
        request.Headers.TryAddWithoutValidation("Authorization", RunningSimulator.Basic("api-user", "s3cret").ToString());
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ucat_good");

        using var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_configured_credentials_auth_is_not_checked()
    {
        await using var api = await RunningSimulator.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, RunningSimulator.Basic("anyone", "anything")));
    }

    private static Task<RunningSimulator> StartWithCredentialsAsync()
        => RunningSimulator.StartAsync(o => (o.Username, o.Password, o.Token) = ("api-user", "s3cret", "ucat_good"));

    private static async Task<HttpStatusCode> StatusAsync(RunningSimulator api, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "1.3/gateway");
        request.Headers.Authorization = authorization;
        using var response = await api.Http.SendAsync(request);
        return response.StatusCode;
    }
}
