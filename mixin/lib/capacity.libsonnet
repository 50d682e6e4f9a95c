// Usage against the plan, as PromQL over a list of label matchers (see promql.libsonnet): the
// recording rules, the alerts and the dashboards share these, so that they all measure the same.
local p = import 'promql.libsonnet';
{
  // Each NAT node's active connections as a share of its plan's limit. A limit of 0 would divide
  // into +Inf, and a gateway whose plan is unknown has no limit series: neither gets a ratio.
  natUtilisation(sel):: |||
    %s
    /
    (%s > 0)
  ||| % [p.series('upcloud_gateway_nat_active_connections', sel), p.series('upcloud_gateway_plan_nat_max_connections', sel)],

  // A gateway's VPN throughput in bytes per second: the higher of its tunnels' summed receive and
  // transmit rates ("A >= B or B" keeps the larger). The plan's VPN bandwidth bounds each direction
  // (Mbit/s, full duplex). Each rate is joined with its raw counter so that samples left in the window
  // do not outlive a series that is withheld.
  vpnThroughput(sel, window)::
    local sum(counter) =
      local s = p.series(counter, sel);
      'sum without (connection, tunnel) (rate(%s[%s]) and %s)' % [s, window, s];
    |||
      (
          %(rx)s
        >=
          %(tx)s
      )
      or
      %(tx)s
    ||| % {
      rx: sum('upcloud_gateway_ipsec_receive_bytes_total'),
      tx: sum('upcloud_gateway_ipsec_transmit_bytes_total'),
    },

  // vpnThroughput as a share of the plan's VPN bandwidth. The plan series is per node, each node of
  // a gateway having the same value; NAT-only plans (0) and unknown plans get no ratio.
  vpnUtilisation(sel, window):: |||
    (
    %s)
    /
    (max without (node) (%s) > 0)
  ||| % [self.indent(self.vpnThroughput(sel, window)), p.series('upcloud_gateway_plan_vpn_bandwidth_bytes_per_second', sel)],

  // The tunnels configured on a gateway as a share of those its plan allows.
  tunnelAllowance(sel):: |||
    %s
    /
    (%s > 0)
  ||| % [p.series('upcloud_gateway_vpn_tunnels', sel), p.series('upcloud_gateway_plan_vpn_max_tunnels', sel)],

  // Gateways with more VPN tunnels configured than their plan allows, valued at the tunnels configured; group_left
  // keeps the gateway's own labels, which a one-to-one match on some of them would drop.
  overPlan(sel):: |||
    %s
      > on (job, instance, account, gateway_uuid) group_left
    %s
  ||| % [p.series('upcloud_gateway_vpn_tunnels', sel), p.series('upcloud_gateway_plan_vpn_max_tunnels', sel)],

  // The lines of a ||| block, each indented by two spaces, to nest it in parentheses.
  indent(block):: std.join('', ['  ' + l + '\n' for l in std.split(std.rstripChars(block, '\n'), '\n')]),
}
