// VPN connections and tunnels: down (with the reason UpCloud last gave, and UpCloud's maintenance or a change of the
// gateway just before), flapping, weak cryptography.
local audit = import '../lib/audit.libsonnet';
local crypto = import '../lib/crypto.libsonnet';
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local tpl = import '../lib/templates.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    local established = p.series('upcloud_gateway_tunnel_state', sel + ['state="established"']),
    local downEvents = p.series('upcloud_gateway_tunnel_down_events_total', sel),
    // The message and its time are looked up when the annotation is rendered, not carried as labels of
    // the expression: a new message would give the alert a new identity and restart its `for`. Nothing
    // is added while the API has no message for the tunnel.
    local lastDown(labels) = tpl.series('upcloud_gateway_tunnel_last_down_info', labels, c.upcloudGatewaySelector),
    local weakWords = 'Diffie-Hellman groups below %d, %s or %s' % [
      c.weakDhGroupsBelow,
      std.join('/', [std.asciiUpper(a) for a in c.weakEncryptionAlgorithms]),
      std.join('/', [std.asciiUpper(a) for a in c.weakIntegrityAlgorithms]),
    ],
    local tunnelLabels = ['gateway_uuid', 'connection', 'tunnel'],
    local recentChanges = audit.recentChanges(c.upcloudGatewaySelector, c.recentChangeWindow),
    local lastDownMessage =
      '{{ with %s | query }} Last down message' % lastDown(tunnelLabels)
      + '{{ with %s | query }}, recorded {{ . | first | value | humanizeTimestamp }}{{ end }}'
        % tpl.series('upcloud_gateway_tunnel_last_down_timestamp_seconds', tunnelLabels, c.upcloudGatewaySelector)
      + ': "{{ (first .).Labels.message }}".{{ end }}',
    local lastDownMessages =
      '{{ with %s | query | sortByLabel "tunnel" }} Last down messages:' % lastDown(['gateway_uuid', 'connection'])
      + '{{ range $i, $tunnel := . }}{{ if $i }};{{ end }} {{ $tunnel.Labels.tunnel }}: "{{ $tunnel.Labels.message }}"{{ end }}.{{ end }}',
    groups+: [
      {
        name: 'upcloud-gateway-tunnels',
        rules: [
          {
            alert: 'UpcloudGatewayConnectionDown',
            expr: |||
              max without (tunnel, state) (%s) == 0
              %s
            ||| % [established, p.unlessStoppedOnPurpose(sel)],
            'for': c.connectionDownFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'VPN connection {{ $labels.connection }} on UpCloud gateway {{ $labels.gateway }} is down.',
              description: t.fold(|||
                No tunnel of connection {{ $labels.connection }} on gateway {{ $labels.gateway }} has been
                established for %s: the networks it links cannot reach each other.
              ||| % d.words(c.connectionDownFor)) + lastDownMessages + recentChanges,
            },
          },
          {
            alert: 'UpcloudGatewayTunnelDown',
            // The "established" series is used (with its state label dropped) so that the alert
            // keeps its identity while the tunnel cycles through idle and connecting.
            expr: |||
              max without (state) (%s) == 0
              %s
            ||| % [established, p.unlessStoppedOnPurpose(sel)],
            'for': c.tunnelDownFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} is down.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway
                {{ $labels.gateway }} has not been established for %s.
              ||| % d.words(c.tunnelDownFor)) + lastDownMessage + recentChanges,
            },
          },
          {
            alert: 'UpcloudGatewayTunnelFlapping',
            // resets() skips the window after an exporter restart: the counter then restarts from the
            // API's raw lifetime total, which increase() would count as new events.
            expr: |||
              (
                increase(%(events)s[%(window)s]) >= %(threshold)d
                unless resets(%(events)s[%(window)s]) > 0
              )
              and %(events)s
              %(started)s
            ||| % { events: downEvents, window: c.tunnelFlappingWindow, threshold: c.tunnelFlappingDownEvents, started: p.unlessStoppedOnPurpose(sel) },
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} is flapping.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway
                {{ $labels.gateway }} went down {{ $value | humanize }} times in the last %s.
              ||| % d.last(c.tunnelFlappingWindow)),
            },
          },
          {
            alert: 'UpcloudGatewayTunnelWeakCrypto',
            expr: crypto.weakTunnels(sel, c),
            'for': c.tunnelWeakCryptoFor,
            labels: { severity: 'info' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} allows weak cryptography.',
              description: t.fold(|||
                The IPsec proposals of tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on
                gateway {{ $labels.gateway }} allow %s:
                phase 1 {{ $labels.phase1_algorithms }} / {{ $labels.phase1_integrity_algorithms }} / DH {{ $labels.phase1_dh_groups }},
                phase 2 {{ $labels.phase2_algorithms }} / {{ $labels.phase2_integrity_algorithms }} / DH {{ $labels.phase2_dh_groups }}.
                A peer that offers them gets them.
              ||| % weakWords),
            },
          },
        ],
      },
    ],
  },
}
