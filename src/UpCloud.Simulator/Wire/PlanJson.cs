using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes <c>GET /1.3/gateway/plans</c>: a bare array of plan objects, fields in the recorded order.</summary>
internal static class PlanJson
{
    public static void Write(Utf8JsonWriter writer, List<SimPlan> plans, WireContext wire)
    {
        writer.WriteStartArray();
        foreach (var plan in plans)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, plan.Name);
            writer.WriteNumber("per_gateway_bandwidth_mbps"u8, plan.PerGatewayBandwidthMbps);
            writer.WriteNumber("per_gateway_max_connections"u8, plan.PerGatewayMaxConnections);
            if (plan.PerGatewayMaximumVpnBandwidthMbps is { } vpnBandwidth)
            {
                writer.WriteNumber("per_gateway_maximum_vpn_bandwidth_mbps"u8, vpnBandwidth);
            }

            writer.WriteNumber("server_number"u8, plan.ServerNumber);
            writer.WriteStartArray("supported_features"u8);
            plan.SupportedFeatures.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteNumber("vpn_tunnel_amount"u8, plan.VpnTunnelAmount);
            UnknownFieldsJson.Write(writer, wire);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
