// Whether traffic really flows through the tunnels that say "established", as PromQL over a list of label matchers
// (see promql.libsonnet): the alerts and the dashboards share these, so that they all look at the same tunnels.
local p = import 'promql.libsonnet';
local tunnelKey = 'job, instance, account, gateway_uuid, connection, tunnel';
{
  // The tunnels the gateway list reports established, value 1.
  established(sel):: '%s == 1' % p.series('upcloud_gateway_tunnel_state', sel + ['state="established"']),

  // Established tunnels that sent bytes but received none over the window, valued at what they sent per second. The
  // raw receive counter is joined too, so that samples left in the window do not outlive a series that is withheld.
  oneWay(sel, window):: |||
    rate(%(tx)s[%(window)s]) > 0
    and on (%(key)s)
      rate(%(rx)s[%(window)s]) == 0
    and on (%(key)s)
      %(rx)s
    and on (%(key)s)
      %(established)s
  ||| % {
    tx: p.series('upcloud_gateway_ipsec_transmit_bytes_total', sel),
    rx: p.series('upcloud_gateway_ipsec_receive_bytes_total', sel),
    window: window,
    key: tunnelKey,
    established: $.established(sel),
  },

  // Established tunnels without a child SA, value 0: phase 1 is up, phase 2 never came up, nothing can flow.
  noChildSa(sel):: |||
    %(childSas)s == 0
    and on (%(key)s)
      %(established)s
  ||| % { childSas: p.series('upcloud_gateway_ipsec_child_sas', sel), key: tunnelKey, established: $.established(sel) },
}
