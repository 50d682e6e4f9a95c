// The files the project ships, rendered from the mixin, keyed by their path in the repository.
// mixin/build.sh writes them with the default _config and checks that the committed ones match;
// it also renders them with `config` overriding _config, to test the selectors.
local manifest = import 'lib/manifest.libsonnet';
local generated = '# GENERATED from mixin/ by mixin/build.sh: do not edit; change the mixin and run the script.\n';

function(config={})
  local mixin = (import 'mixin.libsonnet') + { _config+:: config };
  {
    'deploy/prometheus/rules/upcloud-gateway-alerts.yml': manifest.yaml(generated + |||
      # Alerting rules for upcloud-gateway-exporter. Runbooks: docs/runbooks/<alert name>.md.
      #
      # Resource series (tunnel state, NAT, IPsec) are withheld while the exporter cannot
      # read the UpCloud API, so the resource alerts below go quiet during an API outage
      # and UpcloudGatewayExporterApiDown fires instead. Rate-based alerts are joined with
      # the raw series ("and <metric>") so that samples still inside their range window do
      # not keep them alive once the series is gone. No rule uses absent().
      #
      # UpcloudGatewayExporterDown matches the scrape job "upcloud-gateway": adjust the
      # job label if yours differs (mixin: _config.upcloudGatewayScrapeSelector).
    |||, mixin.prometheusAlerts),
    'deploy/prometheus/rules/upcloud-gateway-recording.yml': manifest.yaml(generated + |||
      # Recording rules for upcloud-gateway-exporter (naming: level:metric:operations).
      # Per-tunnel and per-node rates keep every label of their source series, so the
      # dashboards can filter them by gateway, connection and tunnel.
    |||, mixin.prometheusRules),
  } + {
    ['grafana/dashboards/' + name]: manifest.json(mixin.grafanaDashboards[name])
    for name in std.objectFields(mixin.grafanaDashboards)
  }
