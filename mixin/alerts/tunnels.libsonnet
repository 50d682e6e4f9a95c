// VPN connections and tunnels: down, and flapping.
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    local established = p.series('upcloud_gateway_tunnel_state', sel + ['state="established"']),
    local downEvents = p.series('upcloud_gateway_tunnel_down_events_total', sel),
    groups+: [
      {
        name: 'upcloud-gateway-tunnels',
        rules: [
          {
            alert: 'UpcloudGatewayConnectionDown',
            expr: |||
              max without (tunnel, state) (%s) == 0
            ||| % established,
            'for': c.connectionDownFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'VPN connection {{ $labels.connection }} on UpCloud gateway {{ $labels.gateway }} is down.',
              description: t.fold(|||
                No tunnel of connection {{ $labels.connection }} on gateway {{ $labels.gateway }} has been
                established for %s: the networks it links cannot reach each other.
              ||| % d.words(c.connectionDownFor)),
            },
          },
          {
            alert: 'UpcloudGatewayTunnelDown',
            // The "established" series is used (with its state label dropped) so that the alert
            // keeps its identity while the tunnel cycles through idle and connecting.
            expr: |||
              max without (state) (%s) == 0
            ||| % established,
            'for': c.tunnelDownFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} is down.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway
                {{ $labels.gateway }} has not been established for %s.
              ||| % d.words(c.tunnelDownFor)),
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
            ||| % { events: downEvents, window: c.tunnelFlappingWindow, threshold: c.tunnelFlappingDownEvents },
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} is flapping.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway
                {{ $labels.gateway }} went down {{ $value | humanize }} times in the last %s.
              ||| % d.last(c.tunnelFlappingWindow)),
            },
          },
        ],
      },
    ],
  },
}
