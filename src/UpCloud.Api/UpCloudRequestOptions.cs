namespace UpCloud.Api;

/// <summary>Keys this client sets on every <see cref="HttpRequestMessage"/> so delegating handlers can label what they observe.</summary>
public static class UpCloudRequestOptions
{
    /// <summary>The route template of the request, one of <see cref="UpCloudRoutes"/>.</summary>
    public static readonly HttpRequestOptionsKey<string> RouteTemplate = new("UpCloud.RouteTemplate");
}
