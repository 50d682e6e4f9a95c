// Fleet overview: the state of every gateway, tunnel and NAT, and of the exporters.
local d = import '../lib/durations.libsonnet';
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local s = g.selectors;
{
  grafanaDashboards+:: {
    local c = $._config,
    local tables = (import 'tunnel-tables.libsonnet')(c),
    'upcloud-gateway-fleet.json': g.dashboard(
      c,
      c.dashboardUIDs.fleet,
      'Fleet overview',
      'State of every UpCloud network gateway, its VPN tunnels and NAT, and of the exporter itself.',
      (import 'variables.libsonnet')(c),
      [
        g.stat('Gateways by operational state', "How many gateways are in each operational state? Anything other than running means the gateway's NAT and VPN are likely down or changing (see UpcloudGatewayNotRunning); \"stopped on purpose\" counts the gateways their owner stopped, which page nobody.", [
          g.query('count by (state) (\n%s)' % p.stateOrStoppedOnPurpose('upcloud_gateway_operational_state{%s} == 1' % s.gateway, [s.gateway], 'stopped on purpose'), '{{state}}'),
        ]) + g.color(g.fixedColor('orange')) + g.overrides([
          g.colorOf('byName', 'running', 'green'),
          g.colorOf('byName', 'stopped on purpose', 'blue'),
        ]) + g.size(8, 5),

        g.stat('Tunnels by state', 'How many tunnels are in each state? Every tunnel should be established; configured tunnels that are down stay visible here with their current state.', [
          g.query('count by (state) (upcloud_gateway_tunnel_state{%s} == 1)' % s.tunnel, '{{state}}'),
        ]) + g.color(g.fixedColor('orange')) + g.overrides([g.colorOf('byName', 'established', 'green')]) + g.size(8, 5),

        g.stat('Gateways with unreadable metrics', 'For how many gateways does the exporter fail to read /metrics? Their NAT and IPsec traffic series are missing while tunnel states are still reported (see UpcloudGatewayMetricsDown).', [
          g.query('count(upcloud_gateway_metrics_up{%s} == 0) or vector(0)' % s.gateway, 'gateways'),
        ]) + g.thresholds([{ color: 'green', value: null }, { color: 'red', value: 1 }]) + g.color({ mode: 'thresholds' })
        + { options+: { textMode: 'value' } } + g.size(8, 5),

        local notEstablished = |||
          upcloud_gateway:tunnel_not_established:since_timestamp_seconds{%(tunnel)s}%(scale)s
            * on (job, instance, gateway_uuid, connection, tunnel) group_left (state)
              (%(down)s)
        |||;
        g.table('Tunnels not established', 'Which tunnels are not established right now, in which state, and since when? "Since" is when Prometheus first saw the tunnel down (recording rule upcloud_gateway:tunnel_not_established:since_timestamp_seconds); it restarts after a gap in the data. Click a gateway for its detail.', [
          g.query(notEstablished % { tunnel: s.tunnel, scale: ' * 1000', down: p.downTunnels([s.tunnel], [s.gateway]) }, '__auto'),
          g.query('time() - ' + notEstablished % { tunnel: s.tunnel, scale: '', down: p.downTunnels([s.tunnel], [s.gateway]) }, '__auto'),
        ]) + g.overrides([
          g.override('byName', 'Not established since', [{ id: 'unit', value: 'dateTimeAsIso' }]),
          g.override('byName', 'Down for', [
            { id: 'unit', value: 'dtdurations' },
            { id: 'custom.cellOptions', value: { type: 'color-text' } },
            { id: 'color', value: { mode: 'thresholds' } },
            // Red once the tunnel has been down long enough for UpcloudGatewayTunnelDown.
            { id: 'thresholds', value: { mode: 'absolute', steps: [
              { color: 'yellow', value: null },
              { color: 'red', value: d.seconds(c.tunnelDownFor) },
            ] } },
          ]),
          g.override('byName', 'Gateway', [{ id: 'links', value: [{
            title: 'Gateway detail',
            url: '/d/%s/upcloud-gateway-detail?var-gateway=${__value.text}&${job:queryparam}&${instance:queryparam}&${datasource:queryparam}&${__url_time_range}' % c.dashboardUIDs.detail,
          }] }]),
        ]) + {
          options+: { sortBy: [{ displayName: 'Down for', desc: true }] },
          transformations: [
            { id: 'merge', options: {} },
            { id: 'organize', options: {
              excludeByName: { Time: true, __name__: true, job: true, instance: true, gateway_uuid: true },
              indexByName: { gateway: 0, connection: 1, tunnel: 2, state: 3, 'Value #A': 4, 'Value #B': 5 },
              renameByName: {
                gateway: 'Gateway',
                connection: 'Connection',
                tunnel: 'Tunnel',
                state: 'State',
                'Value #A': 'Not established since',
                'Value #B': 'Down for',
              },
            } },
          ],
        } + g.size(24, 8),

        tables.whyDown,

        tables.oneWay,

        tables.noChildSa,

        g.barGauge('Top tunnels by IPsec throughput', 'Which tunnels carry the most traffic right now? Received plus transmitted bytes per second over the last 5 minutes (recording rules upcloud_gateway:ipsec_*_bytes:rate5m), top 10.', [
          g.query(|||
            topk(10,
              upcloud_gateway:ipsec_receive_bytes:rate5m{%(tunnel)s}
              + upcloud_gateway:ipsec_transmit_bytes:rate5m{%(tunnel)s}
            )
          ||| % { tunnel: s.tunnel }, '{{gateway}} / {{connection}} / {{tunnel}}'),
        ]) + g.unit('Bps') + g.color({ mode: 'continuous-BlPu' }) + { fieldConfig+: { defaults+: { min: 0 } } } + g.size(12, 9)
        // Ten bars share the height: with each name above its bar, the bars and their auto-sized values shrink below reading size.
        + { options+: { namePlacement: 'left' } },

        g.timeseries('NAT rejected connections', "Which gateways' NAT is rejecting connections, and how fast? Sustained rejections usually mean the NAT connection table is full (see UpcloudGatewayNatRejections).", [
          g.query('sum by (gateway) (upcloud_gateway:nat_rejected_connections:rate5m{%s})' % s.gateway, '{{gateway}}'),
        ]) + g.unit('cps') + g.size(12, 9),
      ] + (import 'capacity.libsonnet')(c).fleet + [
        g.row('Crypto posture'),

        tables.cryptoPosture,

        g.row('Exporter'),

        g.stateTimeline('Exporter can read the UpCloud API', 'Could each exporter read the gateway list on its last poll (upcloud_gateway_exporter_up)? While it cannot, every gateway and tunnel series is withheld and tunnel alerts are blind (see UpcloudGatewayExporterApiDown).', [
          g.query('upcloud_gateway_exporter_up{%s}' % s.exporter, '{{instance}} {{account}}'),
        ]) + g.valueMappings([['1', 'up', 'green'], ['0', 'API unreachable', 'red']]) + g.size(12, 5),

        g.stateTimeline('API circuit breaker', "Is the exporter's circuit breaker holding back calls to the UpCloud API after repeated failures? Closed is normal; half-open is probing; open means no API calls are made.", [
          g.query('upcloud_gateway_exporter_circuit_breaker_state{%s}' % s.exporter, '{{instance}} {{account}}'),
        ]) + g.valueMappings([['0', 'closed', 'green'], ['1', 'half-open', 'yellow'], ['2', 'open', 'red']]) + g.size(12, 5),

        g.timeseries('Data freshness', 'How old is the data each exporter serves? Age of the last successful poll against the staleness threshold of %s poll intervals (see UpcloudGatewayExporterDataStale).' % d.count(c.stalePollIntervals), [
          g.query('time() - upcloud_gateway_exporter_last_poll_success_timestamp_seconds{%s}' % s.exporter, '{{instance}} {{account}} age'),
          g.query('%d * upcloud_gateway_exporter_poll_interval_seconds{%s}' % [c.stalePollIntervals, s.exporter], '{{instance}} stale threshold'),
        ]) + g.unit('s') + g.overrides([g.dashedLine('byRegexp', '/stale threshold$/', 'red', [10, 10])]) + g.size(8, 8),

        g.timeseries('Last poll duration', 'How long does one poll of the UpCloud API take, compared with the poll interval? A poll that approaches the interval makes the data stale; raise UPCLOUD_MAX_CONCURRENCY or the interval.', [
          g.query('upcloud_gateway_exporter_last_poll_duration_seconds{%s}' % s.exporter, '{{instance}} {{account}} duration'),
          g.query('upcloud_gateway_exporter_poll_interval_seconds{%s}' % s.exporter, '{{instance}} interval'),
        ]) + g.unit('s') + g.overrides([g.dashedLine('byRegexp', '/interval$/', 'red', [10, 10])]) + g.size(8, 8),

        g.timeseries('API requests by status code', 'How many UpCloud API requests per second does the exporter make, and with what result? Every attempt counts, retries included; code "error" means no response arrived.', [
          g.query('sum by (code, account) (rate(upcloud_gateway_exporter_api_requests_total{%s}[$__rate_interval]))' % s.exporter, '{{code}} {{account}}'),
        ]) + g.unit('reqps') + { fieldConfig+: { defaults+: { custom+: { fillOpacity: 60, stacking: { mode: 'normal', group: 'A' } } } } }
        + g.overrides([
          g.colorOf('byRegexp', '/^2../', 'green'),
          g.colorOf('byRegexp', '/^429$/', 'orange'),
          g.colorOf('byRegexp', '/^(5..|error)$/', 'red'),
        ]) + g.size(8, 8),

        g.timeseries('API request latency (p95)', 'How long do UpCloud API calls take, per endpoint? 95th percentile of upcloud_gateway_exporter_api_request_duration_seconds.', [
          g.query(|||
            histogram_quantile(0.95,
              sum by (le, endpoint) (rate(upcloud_gateway_exporter_api_request_duration_seconds_bucket{%s}[$__rate_interval]))
            )
          ||| % s.exporter, '{{endpoint}}'),
        ]) + g.unit('s') + g.size(12, 8),

        g.timeseries('Poll failure ratio', 'What share of polls failed? A failed poll leaves the previous data in place until the next successful one.', [
          g.query(|||
            sum by (instance, account) (rate(upcloud_gateway_exporter_poll_failures_total{%(exporter)s}[$__rate_interval]))
            /
            sum by (instance, account) (rate(upcloud_gateway_exporter_polls_total{%(exporter)s}[$__rate_interval]))
          ||| % { exporter: s.exporter }, '{{instance}} {{account}}'),
        ]) + g.unit('percentunit') + { fieldConfig+: { defaults+: { max: 1 } } } + g.size(12, 8),
      ],
      (import 'annotations.libsonnet')(c),
    ),
  },
}
