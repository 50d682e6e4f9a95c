namespace UpCloud.Api.Tests.Support;

/// <summary>What the client put on one request, captured before the stub answered it.</summary>
internal sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyList<string> Accept,
    string? AuthScheme,
    string? AuthParameter,
    string? RouteTemplate)
{
    public static RecordedRequest Of(HttpRequestMessage request) => new(
        request.Method.Method,
        request.RequestUri!.PathAndQuery,
        request.Headers.Accept.Select(a => a.ToString()).ToList(),
        request.Headers.Authorization?.Scheme,
        request.Headers.Authorization?.Parameter,
        request.Options.TryGetValue(UpCloudRequestOptions.RouteTemplate, out var route) ? route : null);
}
