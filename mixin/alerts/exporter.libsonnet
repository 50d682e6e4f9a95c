// The exporter itself: can Prometheus scrape it, can it read the UpCloud API, is its data fresh.
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    groups+: [
      {
        name: 'upcloud-gateway-exporter',
        rules: [
          {
            alert: 'UpcloudGatewayExporterDown',
            expr: '%s == 0' % p.series('up', [c.upcloudGatewayScrapeSelector]),
            'for': c.exporterDownFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'UpCloud gateway exporter {{ $labels.instance }} cannot be scraped.',
              description: t.fold(|||
                Prometheus has failed to scrape the exporter {{ $labels.instance }} (job {{ $labels.job }})
                for %s. Every gateway, tunnel and NAT alert it feeds is blind until it is back.
              ||| % d.words(c.exporterDownFor)),
            },
          },
          {
            alert: 'UpcloudGatewayExporterApiDown',
            expr: '%s == 0' % p.series('upcloud_gateway_exporter_up', sel),
            'for': c.exporterApiDownFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'UpCloud gateway exporter {{ $labels.instance }} cannot read the UpCloud API{{ with $labels.account }} for account {{ . }}{{ end }}.',
              description: t.fold(|||
                The gateway list poll of {{ $labels.instance }}{{ with $labels.account }} for account {{ . }}{{ end }}
                has failed for %s. All its gateway, tunnel and NAT series are withheld, so tunnel
                and connection alerts cannot fire until the API can be read again.
              ||| % d.words(c.exporterApiDownFor)),
            },
          },
          {
            alert: 'UpcloudGatewayExporterDataStale',
            // The last poll's failure is UpcloudGatewayExporterApiDown's to report. The interval is the
            // exporter's, the timestamp one per account: hence on (job, instance) group_left.
            expr: |||
              (
                time() - %(timestamp)s
                  > on (job, instance) group_left %(intervals)d * %(interval)s
              )
              unless on (job, instance, account) %(up)s == 0
            ||| % {
              timestamp: p.series('upcloud_gateway_exporter_last_poll_success_timestamp_seconds', sel),
              interval: p.series('upcloud_gateway_exporter_poll_interval_seconds', sel),
              up: p.series('upcloud_gateway_exporter_up', sel),
              intervals: c.stalePollIntervals,
            },
            'for': c.exporterDataStaleFor,
            labels: { severity: 'critical' },
            annotations: {
              summary: 'UpCloud gateway exporter {{ $labels.instance }} serves stale data{{ with $labels.account }} for account {{ . }}{{ end }}.',
              description: t.fold(|||
                The last successful poll of {{ $labels.instance }}{{ with $labels.account }} for account {{ . }}{{ end }}
                was {{ $value | humanizeDuration }} ago,
                more than %s poll intervals, although the last poll did not fail: polling is stuck
                or takes far longer than the interval. Metrics and alerts reflect old state.
              ||| % d.count(c.stalePollIntervals)),
            },
          },
        ],
      },
    ],
  },
}
