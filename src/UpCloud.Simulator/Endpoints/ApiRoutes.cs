using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace UpCloud.Simulator.Endpoints;

/// <summary>Maps the route templates to their resolvers, each behind the request flow.</summary>
internal static class ApiRoutes
{
    // Plain RequestDelegate handlers need no reflection or source generation, so they stay Native-AOT clean.
    public static void Map(IEndpointRouteBuilder endpoints, RequestFlow flow)
    {
        endpoints.MapGet(RouteTemplates.Gateways, flow.Handler(RouteTemplates.Gateways, GatewayRoutes.List));
        endpoints.MapGet(RouteTemplates.Plans, flow.Handler(RouteTemplates.Plans, GatewayRoutes.Plans));
        endpoints.MapGet(RouteTemplates.Gateway, flow.Handler(RouteTemplates.Gateway, GatewayRoutes.Gateway));
        endpoints.MapGet(RouteTemplates.Connections, flow.Handler(RouteTemplates.Connections, GatewayRoutes.Connections));
        endpoints.MapGet(RouteTemplates.Connection, flow.Handler(RouteTemplates.Connection, GatewayRoutes.Connection));
        endpoints.MapGet(RouteTemplates.Tunnels, flow.Handler(RouteTemplates.Tunnels, GatewayRoutes.Tunnels));
        endpoints.MapGet(RouteTemplates.Tunnel, flow.Handler(RouteTemplates.Tunnel, GatewayRoutes.Tunnel));
        endpoints.MapGet(RouteTemplates.Metrics, flow.Handler(RouteTemplates.Metrics, GatewayRoutes.Metrics));
        endpoints.MapGet(RouteTemplates.AuditLogs, flow.Handler(RouteTemplates.AuditLogs, AuditLogRoutes.List));
    }
}
