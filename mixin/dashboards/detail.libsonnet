// Gateway detail: tunnel states, IPsec traffic and NAT of the selected gateways.
local d = import '../lib/durations.libsonnet';
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local s = g.selectors;
local negativeOut = g.overrides([g.override('byRegexp', '/ out$/', [{ id: 'custom.transform', value: 'negative-Y' }])]);
// Received above the axis, transmitted below it: the axis is not pinned at 0.
local mirrored = { fieldConfig+: { defaults+: { custom+: { axisSoftMin:: 0 } } } } + negativeOut;
// The states of upcloud_gateway_tunnel_state in the order of the Tunnel state panel's mappings.
local states = [['established', 'green'], ['connecting', 'yellow'], ['idle', 'orange'], ['destroying', 'red'], ['unknown', 'purple']];
{
  grafanaDashboards+:: {
    local c = $._config,
    local tables = (import 'tunnel-tables.libsonnet')(c),
    'upcloud-gateway-detail.json': g.dashboard(
      c,
      c.dashboardUIDs.detail,
      'Gateway detail',
      'Tunnel states, IPsec traffic and NAT of selected UpCloud network gateways.',
      (import 'variables.libsonnet')(c),
      [
        g.stat('Operational state', "Is the gateway running? Shows each selected gateway's current operational state, or \"stopped on purpose\" for a gateway its owner stopped (which pages nobody).", [
          g.query(p.stateOrStoppedOnPurpose('upcloud_gateway_operational_state{%s} == 1' % s.gateway, [s.gateway], 'stopped on purpose'), '{{gateway}}: {{state}}'),
        ]) + g.color(g.fixedColor('orange')) + g.overrides([
          g.colorOf('byRegexp', '/: running$/', 'green'),
          g.colorOf('byRegexp', '/: stopped on purpose$/', 'blue'),
        ])
        // One row per gateway: side by side, the names of several gateways would shrink out of reading.
        + { options+: { textMode: 'name', orientation: 'horizontal' } } + g.size(6, 4),

        g.stat('Zone and plan', 'Where does the gateway run and on which plan? The plan bounds its throughput and NAT capacity.', [
          g.query('upcloud_gateway_info{%s}' % s.gateway, '{{gateway}}: {{zone}}, {{plan}}'),
        ]) + { options+: { textMode: 'name', colorMode: 'none', orientation: 'horizontal' } } + g.size(6, 4),

        g.stat('Metrics readable', "Could the exporter read the gateway's /metrics on the last poll? If not, NAT and IPsec traffic panels are empty for it while tunnel states still show.", [
          g.query('upcloud_gateway_metrics_up{%s}' % s.gateway, '{{gateway}}'),
        ]) + g.valueMappings([['1', 'OK', 'green'], ['0', 'failing', 'red']]) + g.color({ mode: 'thresholds' }) + g.size(6, 4),

        g.stat('Tunnels established', 'How many of the selected tunnels are established, out of how many configured?', [
          g.query('sum(upcloud_gateway_tunnel_state{%s, state="established"})' % s.tunnel, 'established'),
          g.query('count(upcloud_gateway_tunnel_state{%s, state="established"})' % s.tunnel, 'configured'),
        ]) + g.color(g.fixedColor('blue')) + g.size(6, 4),

        g.stateTimeline('Tunnel state', 'When was each tunnel established, and when was it connecting, idle or otherwise down? Gaps mean no data (exporter or API outage).', [
          g.query('max by (gateway, connection, tunnel) (\n%s\n)' % std.join('\n  or ', [
            '%d * (upcloud_gateway_tunnel_state{%s, state="%s"} == 1)' % [i + 1, s.tunnel, states[i][0]]
            for i in std.range(0, std.length(states) - 1)
          ]), '{{gateway}} / {{connection}} / {{tunnel}}'),
        ]) + g.valueMappings([[std.toString(i + 1), states[i][0], states[i][1]] for i in std.range(0, std.length(states) - 1)])
        + g.size(24, 8),

        tables.whyDown,

        tables.oneWay,

        tables.noChildSa,

        g.timeseries('IPsec throughput', "How many bytes per second does each tunnel receive (in, up) and transmit (out, down)? Summed over the tunnel's child SAs.", [
          g.query('rate(upcloud_gateway_ipsec_receive_bytes_total{%s}[$__rate_interval])' % s.tunnel, '{{gateway}}/{{tunnel}} in'),
          g.query('rate(upcloud_gateway_ipsec_transmit_bytes_total{%s}[$__rate_interval])' % s.tunnel, '{{gateway}}/{{tunnel}} out'),
        ]) + g.unit('Bps') + mirrored + g.size(12, 8),

        g.timeseries('IPsec packets', 'How many packets per second does each tunnel receive (in, up) and transmit (out, down)?', [
          g.query('rate(upcloud_gateway_ipsec_receive_packets_total{%s}[$__rate_interval])' % s.tunnel, '{{gateway}}/{{tunnel}} in'),
          g.query('rate(upcloud_gateway_ipsec_transmit_packets_total{%s}[$__rate_interval])' % s.tunnel, '{{gateway}}/{{tunnel}} out'),
        ]) + g.unit('pps') + mirrored + g.size(12, 8),

        g.timeseries('Child SAs', 'How many IPsec child SAs does each tunnel have? Normally one per traffic selector pair; 0 means no traffic can flow, a brief extra one is a rekey overlap.', [
          g.query('upcloud_gateway_ipsec_child_sas{%s}' % s.tunnel, '{{gateway}}/{{tunnel}}'),
        ]) + g.unit('short') + { fieldConfig+: { defaults+: { decimals: 0, custom+: { lineInterpolation: 'stepAfter' } } } } + g.size(8, 8),

        // The window is the flapping alert's, not $__rate_interval: the panel counts what the alert counts.
        g.timeseries('Tunnel up/down events (last %s)' % d.last(c.tunnelFlappingWindow), 'How often did each tunnel go down and come back in the past %(last)s? %(events)d or more down events in the past %(last)s fire UpcloudGatewayTunnelFlapping (dashed line).' % {
          last: d.last(c.tunnelFlappingWindow),
          events: c.tunnelFlappingDownEvents,
        }, [
          g.query('increase(upcloud_gateway_tunnel_down_events_total{%s}[%s])' % [s.tunnel, c.tunnelFlappingWindow], '{{gateway}}/{{tunnel}} down'),
          g.query('increase(upcloud_gateway_tunnel_up_events_total{%s}[%s])' % [s.tunnel, c.tunnelFlappingWindow], '{{gateway}}/{{tunnel}} up'),
        ]) + g.unit('short') + g.thresholds([{ color: 'transparent', value: null }, { color: 'red', value: c.tunnelFlappingDownEvents }])
        + { fieldConfig+: { defaults+: { decimals: 0, custom+: { thresholdsStyle: { mode: 'dashed' } } } } }
        + g.overrides([g.override('byRegexp', '/ up$/', [{ id: 'custom.lineStyle', value: { fill: 'dash', dash: [4, 4] } }])])
        + g.size(8, 8),

        g.timeseries('IKE SA age', "How long ago was each tunnel's IKE SA established? The sawtooth shows re-authentications; an unexpected drop means the tunnel was re-established.", [
          g.query('time() - upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds{%s}' % s.tunnel, '{{gateway}}/{{tunnel}}'),
        ]) + g.unit('s') + g.size(8, 8),
      ] + (import 'sa.libsonnet')(c) + [
        g.row('Changes and maintenance'),

        // Maintenance is UpCloud's own doing, so its rows join those of origin upcloud_internal.
        g.table('Changes and maintenance', "When was each selected gateway last changed, from where (api, gui: the control panel, upcloud_internal: UpCloud), and when did UpCloud last start a maintenance of it, as the account's audit log says? Events counts what the exporter has seen since it started, the 24 hours before included. Empty while the audit log cannot be read (upcloud_gateway_exporter_audit_log_up).", [
          g.query('%s * 1000' % p.series('upcloud_gateway_last_change_timestamp_seconds', [c.upcloudGatewaySelector, s.gateway]), '__auto'),
          g.query('label_replace(%s * 1000, "origin", "upcloud_internal", "", "")' % p.series('upcloud_gateway_last_maintenance_timestamp_seconds', [c.upcloudGatewaySelector, s.gateway]), '__auto'),
          g.query('sum without (action) (%s)' % p.series('upcloud_gateway_audit_events_total', [c.upcloudGatewaySelector, s.gateway]), '__auto'),
        ]) + g.overrides([
          g.override('byName', 'Last change', [{ id: 'unit', value: 'dateTimeAsIso' }]),
          g.override('byName', 'Last maintenance', [{ id: 'unit', value: 'dateTimeAsIso' }]),
        ]) + {
          options+: { sortBy: [{ displayName: 'Last change', desc: true }] },
          transformations: [
            { id: 'merge', options: {} },
            { id: 'organize', options: {
              excludeByName: { Time: true, job: true, instance: true, gateway_uuid: true },
              indexByName: { gateway: 0, origin: 1, 'Value #A': 2, 'Value #B': 3, 'Value #C': 4 },
              renameByName: { gateway: 'Gateway', origin: 'Origin', 'Value #A': 'Last change', 'Value #B': 'Last maintenance', 'Value #C': 'Events' },
            } },
          ],
        } + g.size(24, 6),

        g.row('NAT'),

        g.timeseries('NAT active connections', "How many connections does each gateway node's NAT track right now?", [
          g.query('upcloud_gateway_nat_active_connections{%s}' % s.gateway, '{{gateway}}/{{node}}'),
        ]) + g.unit('short') + g.size(8, 8),

        g.timeseries('NAT accepted connections', "How many new connections per second does each gateway node's NAT accept?", [
          g.query('rate(upcloud_gateway_nat_accepted_connections_total{%s}[$__rate_interval])' % s.gateway, '{{gateway}}/{{node}}'),
        ]) + g.unit('cps') + g.size(8, 8),

        g.timeseries('NAT rejected connections', "How many connections per second does each gateway node's NAT reject? Anything sustained above zero fires UpcloudGatewayNatRejections.", [
          g.query('rate(upcloud_gateway_nat_rejected_connections_total{%s}[$__rate_interval])' % s.gateway, '{{gateway}}/{{node}}'),
        ]) + g.unit('cps') + g.color(g.fixedColor('red')) + g.size(8, 8),
      ] + (import 'capacity.libsonnet')(c).detail + [
        g.row('Crypto posture'),

        tables.cryptoPosture,
      ],
      (import 'annotations.libsonnet')(c),
    ),
  },
}
