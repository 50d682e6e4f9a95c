namespace UpCloud.Api;

/// <summary>Raised inside the client when a body passes the size cap; callers see an <see cref="UpCloudApiException"/> instead.</summary>
internal sealed class ResponseTooLargeException(long cap) : IOException($"the response body exceeded {cap} bytes")
{
    /// <summary>The cap that was passed.</summary>
    public long Cap { get; } = cap;
}
