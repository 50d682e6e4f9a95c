// Usage against the plan (naming: level:metric:operations). Each ratio keeps the labels of the series
// it is measured on: per NAT node, per gateway. A gateway whose plan the exporter does not know, or
// whose plan's limit is 0, has no ratio.
local cap = import '../lib/capacity.libsonnet';
{
  prometheusRules+:: {
    local sel = [$._config.upcloudGatewaySelector],
    groups+: [
      {
        name: 'upcloud-gateway-capacity.rules',
        rules: [
          // upcloud_gateway_nat_active_connections / upcloud_gateway_plan_nat_max_connections, per node.
          {
            record: 'upcloud_gateway:nat_active_connections_per_max_connections:ratio',
            expr: cap.natUtilisation(sel),
          },
          // Per gateway: the higher of its tunnels' summed receive and transmit byte rates over 5 minutes,
          // divided by its plan's VPN bandwidth (upcloud_gateway_plan_vpn_bandwidth_bytes_per_second, > 0).
          {
            record: 'upcloud_gateway:vpn_throughput_per_vpn_bandwidth:ratio_rate5m',
            expr: cap.vpnUtilisation(sel, '5m'),
          },
          // upcloud_gateway_vpn_tunnels / upcloud_gateway_plan_vpn_max_tunnels, per gateway.
          {
            record: 'upcloud_gateway:vpn_tunnels_per_max_tunnels:ratio',
            expr: cap.tunnelAllowance(sel),
          },
        ],
      },
    ],
  },
}
