using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>The resolvers of the eight network-gateway routes.</summary>
internal static class GatewayRoutes
{
    public static ResponseBody List(HttpRequest request, SimulatedFleet fleet, WireContext wire)
    {
        var query = PageQuery.Parse(request.Query);
        if (query.Invalid.Count > 0)
        {
            return ResponseBody.Problem(StatusCodes.Status400BadRequest, "Request has invalid parameters.", query.Invalid);
        }

        var page = fleet.ServePage(query.Offset, query.Limit, query.Labels, wire.Now);
        return ResponseBody.Json(writer =>
        {
            writer.WriteStartArray();
            page.ForEach(gateway => GatewayJson.Write(writer, gateway, wire));
            writer.WriteEndArray();
        });
    }

    public static ResponseBody Plans(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => ResponseBody.Json(writer => PlanJson.Write(writer, fleet.Plans, wire));

    public static ResponseBody Gateway(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway
            ? ResponseBody.Json(writer => GatewayJson.Write(writer, gateway, wire))
            : ResponseBody.NotFound();

    public static ResponseBody Metrics(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway
            ? ResponseBody.Json(writer => MetricsJson.Write(writer, gateway, wire))
            : ResponseBody.NotFound();

    public static ResponseBody Connections(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway
            ? ResponseBody.Json(writer =>
            {
                writer.WriteStartArray();
                gateway.Connections.ForEach(connection => ConnectionJson.Write(writer, gateway, connection, wire));
                writer.WriteEndArray();
            })
            : ResponseBody.NotFound();

    public static ResponseBody Connection(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway && FindConnection(request, gateway) is { } connection
            ? ResponseBody.Json(writer => ConnectionJson.Write(writer, gateway, connection, wire))
            : ResponseBody.NotFound();

    public static ResponseBody Tunnels(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway && FindConnection(request, gateway) is { } connection
            ? ResponseBody.Json(writer =>
            {
                writer.WriteStartArray();
                connection.Tunnels.ForEach(tunnel => TunnelJson.Write(writer, gateway, tunnel, wire));
                writer.WriteEndArray();
            })
            : ResponseBody.NotFound();

    public static ResponseBody Tunnel(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => Served(request, fleet, wire) is { } gateway
            && FindConnection(request, gateway)?.Tunnels.Find(t => Addresses(gateway, t.Uuid, t.Name, RouteValue(request, "tunnel_uuid"))) is { } tunnel
            ? ResponseBody.Json(writer => TunnelJson.Write(writer, gateway, tunnel, wire))
            : ResponseBody.NotFound();

    private static SimGateway? Served(HttpRequest request, SimulatedFleet fleet, WireContext wire)
        => fleet.Serve(RouteValue(request, "uuid"), wire.Now);

    private static SimConnection? FindConnection(HttpRequest request, SimGateway gateway)
        => gateway.Connections.Find(c => Addresses(gateway, c.Uuid, c.Name, RouteValue(request, "connection_uuid")));

    // A gateway that serves no child UUIDs addresses its connections and tunnels by name, as the API did before mid-2024.
    private static bool Addresses(SimGateway gateway, string uuid, string name, string id)
        => id == (gateway.Wire.WithoutChildUuids ? name : uuid);

    private static string RouteValue(HttpRequest request, string name) => request.RouteValues[name] as string ?? "";
}
