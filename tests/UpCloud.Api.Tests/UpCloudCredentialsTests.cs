using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests;

public sealed class UpCloudCredentialsTests
{
    [Fact]
    public void Basic_credentials_describe_themselves_without_the_password_or_its_basic_form()
    {
        var text = Secrets.Basic().ToString();

        Secrets.AssertAbsentFrom(text);
        Assert.Contains(TestCredentials.Username, text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bearer_credentials_describe_themselves_without_the_token()
    {
        var text = Secrets.Bearer().ToString();

        Secrets.AssertAbsentFrom(text);
        Assert.Contains("Bearer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpolating_credentials_into_a_log_line_keeps_the_secrets_out()
    {
        Secrets.AssertAbsentFrom($"using {Secrets.Basic()} and {Secrets.Bearer()}");
    }

    [Theory]
    [InlineData("", "p")]
    [InlineData("u", "")]
    public void Basic_credentials_refuse_an_empty_user_name_or_password(string username, string password)
    {
        Assert.ThrowsAny<ArgumentException>(() => UpCloudCredentials.Basic(username, password));
    }

    [Fact]
    public void Bearer_credentials_refuse_an_empty_token()
    {
        Assert.ThrowsAny<ArgumentException>(() => UpCloudCredentials.Bearer(""));
    }

    [Fact]
    public void Client_refuses_an_http_client_without_a_base_address()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new UpCloudClient(http, Secrets.Basic()));

        Secrets.AssertAbsentFrom(ex);
    }
}
