namespace UpCloud.Api;

/// <summary>Raised inside the client when a body passes its size cap or its JSON budget; callers see an <see cref="UpCloudApiException"/> instead.</summary>
/// <param name="detail">What was passed, such as <c>the response body exceeded the 262144-byte cap</c>.</param>
internal sealed class ResponseTooLargeException(string detail) : IOException(detail);
