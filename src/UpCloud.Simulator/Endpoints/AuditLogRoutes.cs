using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>The resolver of <c>GET /1.3/audit-logs</c>.</summary>
internal static class AuditLogRoutes
{
    public static ResponseBody List(HttpRequest request, SimulatedFleet fleet, WireContext wire)
    {
        if (fleet.AuditLog.Forbidden)
        {
            return ResponseBody.Problem(StatusCodes.Status403Forbidden, "You do not have access to the audit log.");
        }

        var filter = AuditLogFilter.Parse(request.Query);
        if (filter.Invalid.Count > 0)
        {
            return ResponseBody.Problem(StatusCodes.Status400BadRequest, "Request has invalid parameters.", filter.Invalid);
        }

        var page = fleet.AuditLog.Page(filter);
        return ResponseBody.Json(writer => AuditLogJson.Write(writer, page, wire));
    }
}
