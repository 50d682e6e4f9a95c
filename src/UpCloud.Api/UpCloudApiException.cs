namespace UpCloud.Api;

/// <summary>A failed UpCloud API call; its message names the request and the API's answer, never the credentials.</summary>
public sealed class UpCloudApiException : Exception
{
    /// <summary>Creates the exception from what is known about the failed call.</summary>
    public UpCloudApiException(
        UpCloudFailure failure,
        string route,
        string path,
        string detail,
        int? statusCode = null,
        string? errorCode = null,
        string? correlationId = null,
        Exception? innerException = null)
        : base(Describe(path, statusCode, errorCode, detail, correlationId), innerException)
    {
        Failure = failure;
        Route = route;
        Path = path;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Detail = detail;
        CorrelationId = correlationId;
    }

    /// <summary>What kind of failure this is.</summary>
    public UpCloudFailure Failure { get; }

    /// <summary>The route template of the call, one of <see cref="UpCloudRoutes"/>.</summary>
    public string Route { get; }

    /// <summary>The request path with its resource ids, without query string.</summary>
    public string Path { get; }

    /// <summary>The HTTP status, when a response came.</summary>
    public int? StatusCode { get; }

    /// <summary>UpCloud's error code, from the problem type's fragment or the legacy <c>error_code</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The problem title, legacy error message, or what went wrong on our side.</summary>
    public string Detail { get; }

    /// <summary>UpCloud's correlation id for support requests.</summary>
    public string? CorrelationId { get; }

    private static string Describe(string path, int? statusCode, string? errorCode, string detail, string? correlationId)
    {
        var status = statusCode is { } code ? $" HTTP {code}" : string.Empty;
        var error = errorCode is null ? string.Empty : $" {errorCode}";
        var correlation = correlationId is null ? string.Empty : $" (correlation id {correlationId})";
        var answer = status + error;
        return answer.Length == 0 ? $"GET {path} failed: {detail}{correlation}" : $"GET {path} failed:{answer}: {detail}{correlation}";
    }
}
