// Usage against the plan and the age of UpCloud's numbers: the fleet's busiest gateways as bars, the
// selected gateways' over time. The ratios are the recording rules' and alerts' (lib/capacity.libsonnet).
local cap = import '../lib/capacity.libsonnet';
local d = import '../lib/durations.libsonnet';
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local s = g.selectors;
// Green below the value, red from it.
local redFrom(value) = g.thresholds([{ color: 'green', value: null }, { color: 'red', value: value }]);
// A dashed red line at the value; the series keep their palette colours.
local lineAt(value) = g.thresholds([{ color: 'transparent', value: null }, { color: 'red', value: value }])
                      + { fieldConfig+: { defaults+: { custom+: { thresholdsStyle: { mode: 'dashed' } } } } };
local ratio = g.unit('percentunit') + { fieldConfig+: { defaults+: { min: 0 } } };
local bars = g.color({ mode: 'thresholds' }) + g.size(6, 9);

function(c)
  local sel = [c.upcloudGatewaySelector, s.gateway];
  local percent(r) = '%g %%' % (r * 100);
  local text = {
    nat: "How full is each gateway node's NAT connection table? Active connections as a share of the plan's per-node limit; from %s for %s fires UpcloudGatewayNatNearCapacity. Gateways of an unknown plan have no ratio." % [percent(c.natNearCapacityRatio), d.words(c.natNearCapacityFor)],
    vpn: "How close is each gateway's VPN traffic to its plan's VPN bandwidth? The busier direction, summed over its tunnels; from %s for %s fires UpcloudGatewayVpnThroughputNearLimit. NAT-only plans have no ratio." % [percent(c.vpnThroughputNearLimitRatio), d.words(c.vpnThroughputNearLimitFor)],
    tunnels: 'How many of the tunnels its plan allows has each gateway configured? At 100 % no tunnel can be added without a bigger plan.',
    overPlan: 'Which gateways have more VPN tunnels configured than their plan allows (vpn_tunnel_amount, which may be 0)? The plan does not cover the others; for %s this fires UpcloudGatewayTunnelsOverPlan.' % d.words(c.tunnelsOverPlanFor),
    age: "How long ago did UpCloud last refresh each gateway node's metrics (updated_at of its /metrics)? From %s on, for %s, UpcloudGatewayMetricsStale fires: the NAT and IPsec numbers no longer move." % [d.words(c.gatewayMetricsStaleAfter), d.words(c.gatewayMetricsStaleFor)],
  };
  local age = 'time() - %s' % p.series('upcloud_gateway_metrics_updated_timestamp_seconds', sel);
  {
    fleet: [
      g.row('Capacity and upstream freshness'),

      g.barGauge('NAT connections against the plan (top 10)', text.nat, [
        g.query('topk(10,\n%s)' % cap.indent(cap.natUtilisation(sel)), '{{gateway}}/{{node}}'),
      ]) + ratio + redFrom(c.natNearCapacityRatio) + bars,

      g.barGauge('VPN throughput against the plan (top 10)', text.vpn, [
        g.query('topk(10,\n%s)' % cap.indent(cap.vpnUtilisation(sel, '$__rate_interval')), '{{gateway}}'),
      ]) + ratio + redFrom(c.vpnThroughputNearLimitRatio) + bars,

      g.barGauge('Tunnels against the plan (top 10)', text.tunnels, [
        g.query('topk(10,\n%s)' % cap.indent(cap.tunnelAllowance(sel)), '{{gateway}}'),
      ]) + ratio + redFrom(1) + bars,

      g.barGauge('Oldest UpCloud metrics (top 10)', text.age, [
        g.query('topk(10, %s)' % age, '{{gateway}}/{{node}}'),
      ]) + g.unit('s') + redFrom(d.seconds(c.gatewayMetricsStaleAfter)) + bars,

      // "* 1" drops the metric names, so that the merge joins the two queries' rows per gateway.
      g.table('Tunnels over the plan', text.overPlan, [
        g.query('(\n%s) * 1' % cap.indent(cap.overPlan(sel)), '__auto'),
        g.query('%s * 1\n  and on (job, instance, account, gateway_uuid)\n(\n%s)' % [p.series('upcloud_gateway_plan_vpn_max_tunnels', sel), cap.indent(cap.overPlan(sel))], '__auto'),
      ]) + {
        transformations: [
          { id: 'merge', options: {} },
          { id: 'organize', options: {
            excludeByName: { Time: true, job: true, instance: true, gateway_uuid: true },
            indexByName: { gateway: 0, 'Value #A': 1, 'Value #B': 2 },
            renameByName: { gateway: 'Gateway', 'Value #A': 'Configured', 'Value #B': 'Allowed' },
          } },
        ],
      } + g.size(12, 6),
    ],

    detail: [
      g.row('Capacity and upstream freshness'),

      g.timeseries('NAT connections against the plan', text.nat, [
        g.query(cap.natUtilisation(sel), '{{gateway}}/{{node}}'),
      ]) + ratio + lineAt(c.natNearCapacityRatio) + g.size(6, 8),

      g.timeseries('VPN throughput against the plan', text.vpn, [
        g.query(cap.vpnUtilisation(sel, '$__rate_interval'), '{{gateway}}'),
      ]) + ratio + lineAt(c.vpnThroughputNearLimitRatio) + g.size(6, 8),

      g.stat('Tunnels against the plan', text.tunnels, [
        g.query(cap.tunnelAllowance(sel), '{{gateway}}'),
      ]) + ratio + redFrom(1) + g.color({ mode: 'thresholds' }) + g.size(6, 8),

      g.timeseries('Age of UpCloud metrics', text.age, [
        g.query(age, '{{gateway}}/{{node}}'),
      ]) + g.unit('s') + lineAt(d.seconds(c.gatewayMetricsStaleAfter)) + g.size(6, 8),
    ],
  }
