namespace UpCloud.Api.Tests.Support;

/// <summary>An in-memory HTTP handler that records every request and answers with whatever the test scripted.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers every request with the same fixture.</summary>
    public static StubHandler Serving(string fixture) => new(_ => Responses.Fixture(fixture));

    /// <summary>Answers the n-th request with the n-th response, and fails loudly past the end.</summary>
    public static StubHandler Sequence(params Func<HttpResponseMessage>[] responses)
    {
        var next = 0;
        return new StubHandler(_ =>
        {
            var index = Interlocked.Increment(ref next) - 1;
            return index < responses.Length
                ? responses[index]()
                : Responses.Text(System.Net.HttpStatusCode.NotImplemented, "the test scripted no response for this request");
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(RecordedRequest.Of(request));
        }

        var response = await respond(request, cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        return response;
    }
}
