namespace UpCloud.Api.Tests.Support;

/// <summary>A real <see cref="UpCloudClient"/> wired to a <see cref="StubHandler"/>, and assertions about what it sent.</summary>
internal sealed class StubApi : IDisposable
{
    public static readonly Uri BaseAddress = new("https://api.upcloud.test/");

    private readonly UpCloudCredentials _credentials;
    private readonly bool _bearer;

    public StubApi(StubHandler handler, bool bearer = false, UpCloudClientOptions? options = null, TimeSpan? timeout = null)
    {
        Handler = handler;
        _bearer = bearer;
        _credentials = bearer ? Secrets.Bearer() : Secrets.Basic();
        Http = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (timeout is { } t)
        {
            Http.Timeout = t;
        }

        Client = new UpCloudClient(Http, _credentials, options);
        Single = new SingleResources(new UpCloudTransport(Http, _credentials, options ?? new UpCloudClientOptions()));
    }

    public StubHandler Handler { get; }

    public HttpClient Http { get; }

    public UpCloudClient Client { get; }

    /// <summary>The single-resource endpoints, over the same HTTP client and credentials.</summary>
    public SingleResources Single { get; }

    /// <summary>Asserts the n-th request was a GET of exactly this path and query, labelled with this route, asking for JSON, with the client's credentials.</summary>
    public void AssertSent(int index, string route, string pathAndQuery)
    {
        var requests = Handler.Requests;
        Assert.True(index < requests.Count, $"expected a request #{index}, the client sent {requests.Count}");
        var request = requests[index];
        Assert.Equal("GET", request.Method);
        Assert.Equal(pathAndQuery, request.PathAndQuery);
        Assert.Equal(route, request.RouteTemplate);
        Assert.Equal(["application/json"], request.Accept);
        if (_bearer)
        {
            Assert.Equal("Bearer", request.AuthScheme);
            Assert.Equal(TestCredentials.Token, request.AuthParameter);
        }
        else
        {
            Assert.Equal("Basic", request.AuthScheme);
            Assert.Equal(TestCredentials.BasicForm, request.AuthParameter);
        }
    }

    /// <summary>Asserts the client sent exactly one request, as <see cref="AssertSent"/> describes.</summary>
    public void AssertOnlyRequest(string route, string pathAndQuery)
    {
        Assert.Single(Handler.Requests);
        AssertSent(0, route, pathAndQuery);
    }

    public void Dispose() => Http.Dispose();
}
