using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// Tells a failed read of the audit log that will fail again for as long as the process runs (401, 403, 404) from one
/// that may pass, and says why in words an operator can act on. Anything that asks the audit log once, such as a
/// check of whether it can be read, classifies its failure here as the reader does.
/// </summary>
internal static class AuditLogAccess
{
    /// <summary>Whether the API refuses the audit log: no use asking again.</summary>
    public static bool Refuses(UpCloudApiException exception) =>
        exception.Failure == UpCloudFailure.HttpStatus && exception.StatusCode is 401 or 403 or 404;

    /// <summary>Why a refused read was refused and what to do about it.</summary>
    public static string WhyRefused(UpCloudApiException exception) => exception.StatusCode switch
    {
        401 => "the API did not accept the credentials for it",
        403 => "the API user likely lacks permission to read the account's audit log (UpCloud does not document which permission that is): "
            + $"grant the API user access to the audit log, or set {SettingsTable.AuditLog.Name}=off to stop asking",
        _ => $"this API serves no audit log at {UpCloudRoutes.AuditLogs}",
    };
}
