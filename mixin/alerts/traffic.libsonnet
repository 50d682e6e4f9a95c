// Is traffic really flowing through the tunnels that say "established"? One-way traffic and phase 2 failures.
local cap = import '../lib/capacity.libsonnet';
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local t = import '../lib/text.libsonnet';
local traffic = import '../lib/traffic.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    groups+: [
      {
        name: 'upcloud-gateway-traffic',
        rules: [
          {
            alert: 'UpcloudGatewayTunnelOneWayTraffic',
            expr: |||
              (
              %s)
              %s
            ||| % [cap.indent(traffic.oneWay(sel, c.tunnelOneWayWindow)), p.unlessStoppedOnPurpose(sel)],
            'for': c.tunnelOneWayFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} sends but receives nothing.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway {{ $labels.gateway }}
                is established and sends ({{ $value | humanize }}B/s) but has received nothing for %s: the peer
                is not answering. Check the remote routes, the traffic selectors and the far side's firewall.
              ||| % d.words(d.plus(c.tunnelOneWayWindow, c.tunnelOneWayFor))),
            },
          },
          {
            alert: 'UpcloudGatewayTunnelNoChildSa',
            expr: |||
              (
              %s)
              %s
            ||| % [cap.indent(traffic.noChildSa(sel)), p.unlessStoppedOnPurpose(sel)],
            'for': c.tunnelNoChildSaFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'VPN tunnel {{ $labels.tunnel }} on UpCloud gateway {{ $labels.gateway }} is established without a child SA.',
              description: t.fold(|||
                Tunnel {{ $labels.tunnel }} of connection {{ $labels.connection }} on gateway {{ $labels.gateway }}
                is established but has had no child SA for %s: phase 2 is failing, so no traffic can flow.
                Check the phase 2 proposals and the traffic selectors against the peer's.
              ||| % d.words(c.tunnelNoChildSaFor)),
            },
          },
        ],
      },
    ],
  },
}
