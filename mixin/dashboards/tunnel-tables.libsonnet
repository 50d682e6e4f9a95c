// The tables both dashboards show of the selected tunnels: why those that are down went down, which established ones
// carry no two-way traffic, and which proposals each tunnel's IPsec configuration allows.
local cap = import '../lib/capacity.libsonnet';
local crypto = import '../lib/crypto.libsonnet';
local d = import '../lib/durations.libsonnet';
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local traffic = import '../lib/traffic.libsonnet';
local s = g.selectors;
local tunnelKey = 'job, instance, gateway_uuid, connection, tunnel';
// Columns every table of tunnels hides or names alike.
local hidden = { Time: true, __name__: true, job: true, instance: true, gateway_uuid: true };
local names = { gateway: 'Gateway', connection: 'Connection', tunnel: 'Tunnel' };
local organize(exclude, index, rename) = { transformations+: [{ id: 'organize', options: {
  excludeByName: hidden + exclude,
  indexByName: { gateway: 0, connection: 1, tunnel: 2 } + index,
  renameByName: names + rename,
} }] };

function(c)
  local sel = [c.upcloudGatewaySelector, s.tunnel];
  // The series, for the tunnels that are not established, with their state as a label; a gateway stopped on purpose
  // gives its tunnels that as their state.
  local downTunnels = p.downTunnels(sel, [c.upcloudGatewaySelector, s.gateway]);
  local ofDownTunnels(expr) = |||
    %s
      * on (%s) group_left (state)
        (%s)
  ||| % [expr, tunnelKey, downTunnels];
  {
    // The state query gives every down tunnel its row, with or without a message to merge into it.
    whyDown: g.table('Why tunnels are down', "Why is each tunnel that is not established down? The last down message UpCloud reports for it (upcloud_gateway_tunnel_last_down_info; empty while UpCloud has none), when that message was written, and how many bad events its log recorded (log_message_bad_events) in the dashboard's time range.", [
      g.query(ofDownTunnels('%s * 1000' % p.series('upcloud_gateway_tunnel_last_down_timestamp_seconds', sel)), '__auto'),
      g.query(ofDownTunnels(p.series('upcloud_gateway_tunnel_last_down_info', sel)), '__auto'),
      g.query(ofDownTunnels('increase(%s[$__range])' % p.series('upcloud_gateway_tunnel_bad_log_events_total', sel)), '__auto'),
      g.query(downTunnels, '__auto'),
    ]) + g.overrides([
      g.override('byName', 'Last down at', [{ id: 'unit', value: 'dateTimeAsIso' }]),
      g.override('byName', 'Bad log events', [{ id: 'decimals', value: 0 }]),
    ]) + {
      options+: { sortBy: [{ displayName: 'Last down at', desc: true }] },
      transformations: [{ id: 'merge', options: {} }],
    } + organize(
      { 'Value #B': true, 'Value #D': true },
      { state: 3, message: 4, 'Value #A': 5, 'Value #C': 6 },
      { state: 'State', message: 'Last down message', 'Value #A': 'Last down at', 'Value #C': 'Bad log events' },
    ) + g.size(24, 7),

    // The traffic alerts' own expressions, over the alerts' window, so that the tables list what the alerts see.
    oneWay: g.table('One-way tunnels', 'Which established tunnels send but have received nothing over the last %s? The peer is not answering: check its routes back, the traffic selectors and its firewall. Nothing received for %s fires UpcloudGatewayTunnelOneWayTraffic.' % [
              d.words(c.tunnelOneWayWindow),
              d.words(d.plus(c.tunnelOneWayWindow, c.tunnelOneWayFor)),
            ], [
              g.query(traffic.oneWay(sel, c.tunnelOneWayWindow), '__auto'),
            ]) + g.overrides([g.override('byName', 'Sending', [{ id: 'unit', value: 'Bps' }])])
            + organize({}, { Value: 3 }, { Value: 'Sending' }) + g.size(12, 7),

    noChildSa: g.table('Tunnels without a child SA', "Which established tunnels have no child SA? Phase 1 is up but phase 2 is not, so nothing flows: compare the phase 2 proposals and the traffic selectors with the peer's. For %s this fires UpcloudGatewayTunnelNoChildSa." % d.words(c.tunnelNoChildSaFor), [
      g.query(traffic.noChildSa(sel), '__auto'),
    ]) + organize({ Value: true }, {}, {}) + g.size(12, 7),

    // 1 for the tunnels the weak-crypto alert counts, 0 for the others.
    local info = p.series('upcloud_gateway_tunnel_ipsec_info', sel),
    cryptoPosture: g.table('IPsec proposals', 'Which encryption, integrity and Diffie-Hellman proposals does each tunnel allow, in the order UpCloud lists them? Weak marks the tunnels that allow a DH group below %d, %s or %s in either phase: they fire UpcloudGatewayTunnelWeakCrypto.' % [
      c.weakDhGroupsBelow,
      std.join(', ', c.weakEncryptionAlgorithms),
      std.join(', ', c.weakIntegrityAlgorithms),
    ], [
      g.query(|||
        (
            %s * 1
          and on (%s)
        %s)
        or
        %s * 0
      ||| % [info, tunnelKey, cap.indent(cap.indent(crypto.weakTunnels(sel, c))), info], '__auto'),
    ]) + g.overrides([
      g.override('byName', 'Posture', [
        { id: 'custom.cellOptions', value: { type: 'color-background' } },
        { id: 'mappings', value: [{ type: 'value', options: {
          '0': { text: 'OK', color: 'green', index: 0 },
          '1': { text: 'weak', color: 'red', index: 1 },
        } }] },
      ]),
    ]) + {
      options+: { sortBy: [{ displayName: 'Posture', desc: true }] },
      transformations: [],
    } + organize({}, {
      Value: 3,
      phase1_algorithms: 4,
      phase1_integrity_algorithms: 5,
      phase1_dh_groups: 6,
      phase2_algorithms: 7,
      phase2_integrity_algorithms: 8,
      phase2_dh_groups: 9,
      ike_lifetime_seconds: 10,
      rekey_time_seconds: 11,
      child_rekey_time_seconds: 12,
    }, {
      Value: 'Posture',
      phase1_algorithms: 'Phase 1 encryption',
      phase1_integrity_algorithms: 'Phase 1 integrity',
      phase1_dh_groups: 'Phase 1 DH groups',
      phase2_algorithms: 'Phase 2 encryption',
      phase2_integrity_algorithms: 'Phase 2 integrity',
      phase2_dh_groups: 'Phase 2 DH groups',
      ike_lifetime_seconds: 'IKE lifetime (s)',
      rekey_time_seconds: 'IKE rekey (s)',
      child_rekey_time_seconds: 'Child rekey (s)',
    }) + g.size(24, 8),
  }
