// Capacity against the gateway's plan: NAT connections and VPN throughput near their limits, tunnels beyond them.
local cap = import '../lib/capacity.libsonnet';
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local tpl = import '../lib/templates.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    local percent(ratio) = '%g' % (ratio * 100),
    groups+: [
      {
        name: 'upcloud-gateway-capacity',
        rules: [
          {
            alert: 'UpcloudGatewayNatNearCapacity',
            expr: |||
              (
              %s) >= %g
            ||| % [cap.indent(cap.natUtilisation(sel)), c.natNearCapacityRatio],
            'for': c.natNearCapacityFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'NAT node {{ $labels.node }} of UpCloud gateway {{ $labels.gateway }} is near its connection limit.',
              description: t.fold(|||
                NAT node {{ $labels.node }} of gateway {{ $labels.gateway }} has tracked at least %s %% of
                its plan's connection limit for %s, now {{ $value | humanizePercentage }} of
                {{ with %s | query }}{{ . | first | value | humanize }}{{ else }}the limit{{ end }}.
                Once the table is full, new connections through the gateway are rejected.
              ||| % [
                percent(c.natNearCapacityRatio),
                d.words(c.natNearCapacityFor),
                tpl.series('upcloud_gateway_plan_nat_max_connections', ['gateway_uuid', 'node'], c.upcloudGatewaySelector),
              ]),
            },
          },
          {
            alert: 'UpcloudGatewayVpnThroughputNearLimit',
            expr: |||
              (
              %s) >= %g
            ||| % [cap.indent(cap.vpnUtilisation(sel, c.vpnThroughputWindow)), c.vpnThroughputNearLimitRatio],
            'for': c.vpnThroughputNearLimitFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: "VPN traffic of UpCloud gateway {{ $labels.gateway }} is near its plan's VPN bandwidth.",
              description: t.fold(|||
                The tunnels of gateway {{ $labels.gateway }} have carried at least %s %% of its plan's VPN
                bandwidth for %s, now {{ $value | humanizePercentage }} of
                {{ with %s | query }}{{ . | first | value | humanize }} Mbit/s{{ else }}the bandwidth{{ end }}
                (the busier direction, summed over its tunnels). Beyond it, VPN traffic is throttled.
              ||| % [
                percent(c.vpnThroughputNearLimitRatio),
                d.words(c.vpnThroughputNearLimitFor),
                tpl.series('upcloud_gateway_plan_vpn_bandwidth_bytes_per_second', ['gateway_uuid'], c.upcloudGatewaySelector, 'max(%s) / 125000'),
              ]),
            },
          },
          {
            alert: 'UpcloudGatewayTunnelsOverPlan',
            expr: |||
              (
              %s)
              %s
            ||| % [cap.indent(cap.overPlan(sel)), p.unlessStoppedOnPurpose(sel)],
            'for': c.tunnelsOverPlanFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'UpCloud gateway {{ $labels.gateway }} has more VPN tunnels than its plan allows.',
              description: t.fold(|||
                Gateway {{ $labels.gateway }} has {{ $value }} VPN tunnels configured, more than the
                {{ with %s | query }}{{ . | first | value }}{{ end }} its plan
                {{ with %s | query }}{{ (first .).Labels.plan }}{{ end }} allows (vpn_tunnel_amount).
                The plan does not cover the others: move the gateway to a plan that allows them, or remove tunnels.
              ||| % [
                tpl.series('upcloud_gateway_plan_vpn_max_tunnels', ['gateway_uuid'], c.upcloudGatewaySelector),
                tpl.series('upcloud_gateway_info', ['gateway_uuid'], c.upcloudGatewaySelector),
              ]),
            },
          },
        ],
      },
    ],
  },
}
