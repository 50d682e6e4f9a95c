namespace UpCloud.Simulator.Wire;

/// <summary>UpCloud error codes by HTTP status, shared by the problem+json type URI and the legacy body.</summary>
internal static class ErrorCodes
{
    public const string ProblemTypePrefix = "https://developers.upcloud.com/1.3/errors#ERROR_";

    public static string ForStatus(int status) => status switch
    {
        400 => "INVALID_REQUEST",
        401 => "AUTHENTICATION_FAILED",
        403 => "INSUFFICIENT_PERMISSIONS",
        404 => "RESOURCE_NOT_FOUND",
        409 => "RESOURCE_CONFLICT",
        429 => "TOO_MANY_REQUESTS",
        503 => "SERVICE_UNAVAILABLE",
        _ => "INTERNAL_ERROR",
    };
}
