// Gateways: operational state, readable and fresh metrics, NAT rejections.
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    groups+: [
      {
        name: 'upcloud-gateway',
        rules: [
          {
            alert: 'UpcloudGatewayNotRunning',
            // upcloud_gateway_info keeps the alert's identity stable while the gateway moves
            // between non-running states (stopped, pending, checkup, ...) and adds zone and plan.
            expr: |||
              %s
              unless on (gateway_uuid) %s == 1
              %s
            ||| % [
              p.series('upcloud_gateway_info', sel),
              p.series('upcloud_gateway_operational_state', sel + ['state="running"']),
              p.unlessStoppedOnPurpose(sel),
            ],
            'for': c.gatewayNotRunningFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'UpCloud gateway {{ $labels.gateway }} is not running.',
              description: t.fold(|||
                Gateway {{ $labels.gateway }} ({{ $labels.gateway_uuid }}, zone {{ $labels.zone }}) has not
                been in operational state "running" for %s. Its NAT and VPN connections are
                likely down.
              ||| % d.words(c.gatewayNotRunningFor)),
            },
          },
          {
            alert: 'UpcloudGatewayMetricsDown',
            expr: |||
              %s == 0
              %s
            ||| % [p.series('upcloud_gateway_metrics_up', sel), p.unlessStoppedOnPurpose(sel)],
            'for': c.gatewayMetricsDownFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'Metrics of UpCloud gateway {{ $labels.gateway }} cannot be read.',
              description: t.fold(|||
                The exporter {{ $labels.instance }} has failed to read /metrics of gateway {{ $labels.gateway }}
                ({{ $labels.gateway_uuid }}) for %s. Its NAT and IPsec traffic series are withheld;
                tunnel states are still reported.
              ||| % d.words(c.gatewayMetricsDownFor)),
            },
          },
          {
            alert: 'UpcloudGatewayMetricsStale',
            // The age of the freshest node: a gateway is stale only when UpCloud refreshes none of its nodes.
            // While the list or the /metrics call fails, UpcloudGatewayExporterApiDown or
            // UpcloudGatewayMetricsDown says so instead.
            expr: |||
              time() - max without (node) (%(updated)s) > %(after)d
              and on (job, instance, account, gateway_uuid)
                %(metricsUp)s == 1
              and on (job, instance, account)
                %(exporterUp)s == 1
              %(started)s
            ||| % {
              started: p.unlessStoppedOnPurpose(sel),
              updated: p.series('upcloud_gateway_metrics_updated_timestamp_seconds', sel),
              metricsUp: p.series('upcloud_gateway_metrics_up', sel),
              exporterUp: p.series('upcloud_gateway_exporter_up', sel),
              after: d.seconds(c.gatewayMetricsStaleAfter),
            },
            'for': c.gatewayMetricsStaleFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'UpCloud has stopped refreshing the metrics of gateway {{ $labels.gateway }}.',
              description: t.fold(|||
                The exporter {{ $labels.instance }} reads /metrics of gateway {{ $labels.gateway }}
                ({{ $labels.gateway_uuid }}), but UpCloud last refreshed them {{ $value | humanizeDuration }} ago,
                more than %s. Its NAT and IPsec traffic series (and the NAT and flapping alerts) show old numbers.
              ||| % d.words(c.gatewayMetricsStaleAfter)),
            },
          },
          {
            alert: 'UpcloudGatewayNatRejections',
            // "and" the raw series: once it is withheld, samples left in the window must not keep the alert alive.
            expr: |||
              rate(%(rejected)s[%(window)s]) > 0
              and %(rejected)s
            ||| % {
              rejected: p.series('upcloud_gateway_nat_rejected_connections_total', sel),
              window: c.natRejectionsWindow,
            },
            'for': c.natRejectionsFor,
            labels: { severity: 'warning' },
            annotations: {
              summary: 'NAT on UpCloud gateway {{ $labels.gateway }} is rejecting connections.',
              description: t.fold(|||
                NAT node {{ $labels.node }} of gateway {{ $labels.gateway }} has been rejecting connections
                for %s, now {{ printf "%%.2f" $value }} per second.
              ||| % d.words(c.natRejectionsFor)),
            },
          },
        ],
      },
    ],
  },
}
