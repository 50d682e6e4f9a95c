// The detail dashboard's view of each tunnel's IKE SA and child SAs: how they were negotiated, which
// states the child SAs are in, and when the next rekey, reauthentication and expiry are due.
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local s = g.selectors;

function(c)
  local sel = [c.upcloudGatewaySelector, s.tunnel];
  local until(metric) = '%s - time()' % p.series(metric, sel);
  [
    g.row('IKE and child SAs'),

    g.timeseries('Time to IKE rekey and reauthentication', "How long until each tunnel's IKE SA is rekeyed (rekey) or re-authenticated from scratch (reauth)? A countdown that reaches 0 without restarting means the renewal did not happen; reauth is shown only where it is configured.", [
      g.query(until('upcloud_gateway_ipsec_ike_sa_rekey_timestamp_seconds'), '{{gateway}}/{{tunnel}} rekey'),
      g.query(until('upcloud_gateway_ipsec_ike_sa_reauth_timestamp_seconds'), '{{gateway}}/{{tunnel}} reauth'),
    ]) + g.unit('s') + g.overrides([g.override('byRegexp', '/ reauth$/', [{ id: 'custom.lineStyle', value: { fill: 'dash', dash: [4, 4] } }])])
    + g.size(12, 8),

    g.timeseries('Time to child SA expiry', "How long until the first of each tunnel's child SAs reaches the end of its lifetime? A rekey normally replaces it well before; near 0 the tunnel's traffic is about to stop.", [
      g.query(until('upcloud_gateway_ipsec_child_sa_expiry_timestamp_seconds'), '{{gateway}}/{{tunnel}}'),
    ]) + g.unit('s') + g.size(12, 8),

    g.timeseries('Child SAs by state', 'In which states are the child SAs of each tunnel? Installed ones carry traffic; rekeying, deleting or unknown states that persist point at a negotiation problem.', [
      g.query(p.series('upcloud_gateway_ipsec_child_sa_states', sel), '{{gateway}}/{{tunnel}} {{state}}'),
    ]) + g.unit('short')
    + { fieldConfig+: { defaults+: { decimals: 0, custom+: { lineInterpolation: 'stepAfter', fillOpacity: 60, stacking: { mode: 'normal', group: 'A' } } } } }
    + g.size(12, 8),

    g.table('IKE SA version and initiator', "Which IKE version does each tunnel's current IKE SA use, and did this gateway initiate it? IKEv1 tunnels lack IKEv2's rekeying without reauthentication.", [
      g.query(p.series('upcloud_gateway_ipsec_ike_sa_info', sel), '__auto'),
    ]) + {
      transformations: [{ id: 'organize', options: {
        excludeByName: { Time: true, __name__: true, job: true, instance: true, gateway_uuid: true, Value: true },
        indexByName: { gateway: 0, connection: 1, tunnel: 2, version: 3, initiator: 4 },
        renameByName: { gateway: 'Gateway', connection: 'Connection', tunnel: 'Tunnel', version: 'IKE version', initiator: 'Initiated here' },
      } }],
    } + g.size(12, 8),
  ]
