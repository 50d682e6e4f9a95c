// The upcloud-gateway-exporter monitoring mixin: prometheusAlerts, prometheusRules and
// grafanaDashboards, tuned by _config (config.libsonnet). See mixin/README.md.
(import 'config.libsonnet')
+ (import 'alerts/alerts.libsonnet')
+ (import 'rules/rules.libsonnet')
+ (import 'dashboards/dashboards.libsonnet')
