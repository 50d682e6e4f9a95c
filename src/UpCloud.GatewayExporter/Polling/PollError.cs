using UpCloud.Api;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>Why a read failed: a message safe to log, and a kind that stays the same while the failure does.</summary>
/// <param name="Message">The failure, naming the request and the API's answer, never a secret.</param>
/// <param name="Kind">The failure's kind and status, without per-request details such as correlation ids.</param>
internal sealed record PollError(string Message, string Kind)
{
    /// <summary>Describes a failed API call.</summary>
    public static PollError From(UpCloudApiException exception) =>
        new(exception.Message, $"{exception.Failure}/{exception.StatusCode}/{exception.ErrorCode}");

    /// <summary>Describes a failure that is no API answer but a fault of the exporter, by the exception's type alone.</summary>
    public static PollError Unexpected(Exception exception) =>
        new($"the poll failed unexpectedly: {exception.GetType().Name}", "crash");

    public override string ToString() => Message;
}
