using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>Answers one request from the fleet; called under the fleet lock, it advances only what it serves.</summary>
internal delegate ResponseBody RouteResolver(HttpRequest request, SimulatedFleet fleet, WireContext wire);
