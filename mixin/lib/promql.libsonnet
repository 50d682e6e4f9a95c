// Builds PromQL selectors from lists of label matchers, leaving out the empty ones, so that an
// empty _config selector renders `metric` rather than `metric{}` or `metric{, x="y"}`.
{
  // The matchers joined with commas: matchers(['job="a"', '', 'x="y"']) is 'job="a", x="y"'.
  matchers(list):: std.join(', ', [m for m in list if m != '']),

  // The metric with a selector of the matchers: series('up', ['job="a"']) is 'up{job="a"}'.
  series(metric, list=[])::
    local m = self.matchers(list);
    if m == '' then metric else '%s{%s}' % [metric, m],

  // The gateways their owner stopped on purpose (configured_status "stopped").
  stoppedOnPurpose(list=[]):: '%s == 1' % self.series('upcloud_gateway_configured_state', list + ['state="stopped"']),

  // Drops the series of gateways stopped on purpose: a down alert about one pages nobody. A gateway whose
  // configured state is missing or anything else still pages.
  unlessStoppedOnPurpose(list=[]):: 'unless on (job, instance, account, gateway_uuid) %s' % self.stoppedOnPurpose(list),

  // The series of expr, whose state label becomes `text` for gateways stopped on purpose (picked by the gateway-level
  // matchers `gatewayList`), so a dashboard says why they are down.
  stateOrStoppedOnPurpose(expr, gatewayList, text):: |||
    %(expr)s
      %(unless)s
    or label_replace(
      %(expr)s
        and on (job, instance, account, gateway_uuid) %(stopped)s,
      "state", "%(text)s", "", ""
    )
  ||| % { expr: expr, unless: $.unlessStoppedOnPurpose(gatewayList), stopped: $.stoppedOnPurpose(gatewayList), text: text },

  // The state series of the tunnels that are not established, value 1; a gateway stopped on purpose gives its
  // tunnels "gateway stopped on purpose" as their state.
  downTunnels(tunnelList, gatewayList)::
    std.rstripChars(self.stateOrStoppedOnPurpose(
      '%s == 1' % self.series('upcloud_gateway_tunnel_state', tunnelList + ['state!="established"']),
      gatewayList,
      'gateway stopped on purpose',
    ), '\n'),
}
