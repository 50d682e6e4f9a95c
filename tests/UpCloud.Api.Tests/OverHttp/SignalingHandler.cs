namespace UpCloud.Api.Tests.OverHttp;

/// <summary>Passes requests on to the network and signals when one has been handed over.</summary>
internal sealed class SignalingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public TaskCompletionSource Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = base.SendAsync(request, cancellationToken);
        Sent.TrySetResult();
        return response;
    }
}
