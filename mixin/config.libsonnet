// The knobs of the mixin. Override them when importing it:
//   (import 'upcloud-gateway-mixin/mixin.libsonnet') + { _config+:: { upcloudGatewaySelector: 'job="upcloud-gateway"' } }
// The defaults render exactly the files shipped in deploy/prometheus/rules and grafana/dashboards.
{
  _config+:: {
    // Label matchers that pick the exporter's own series in every alert, recording rule and dashboard
    // variable, e.g. 'job="upcloud-gateway"'. Empty (the default) matches them whatever their job.
    upcloudGatewaySelector: '',
    // Label matchers that pick Prometheus's up series of the exporter's scrape job (UpcloudGatewayExporterDown).
    upcloudGatewayScrapeSelector: 'job="upcloud-gateway"',

    // Where each alert's runbook is: %s is the alert name as it is (docs/runbooks/<AlertName>.md).
    runbookURLPattern: 'https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter/blob/main/docs/runbooks/%s.md',

    // How long a condition must hold before its alert fires.
    exporterDownFor: '5m',
    exporterApiDownFor: '5m',
    exporterDataStaleFor: '5m',
    gatewayNotRunningFor: '10m',
    gatewayMetricsDownFor: '10m',
    natRejectionsFor: '15m',
    connectionDownFor: '5m',
    tunnelDownFor: '5m',
    natNearCapacityFor: '10m',
    vpnThroughputNearLimitFor: '10m',
    gatewayMetricsStaleFor: '5m',
    tunnelWeakCryptoFor: '15m',
    tunnelNoChildSaFor: '10m',
    tunnelsOverPlanFor: '10m',

    // Data older than this many poll intervals is stale (UpcloudGatewayExporterDataStale, Data freshness panel).
    stalePollIntervals: 3,
    // The rate window of UpcloudGatewayNatRejections.
    natRejectionsWindow: '5m',
    // A tunnel that goes down this many times within the window is flapping.
    tunnelFlappingDownEvents: 3,
    tunnelFlappingWindow: '1h',
    // Share of the plan's limit at which UpcloudGatewayNatNearCapacity and UpcloudGatewayVpnThroughputNearLimit fire.
    natNearCapacityRatio: 0.9,
    vpnThroughputNearLimitRatio: 0.9,
    // The rate window of UpcloudGatewayVpnThroughputNearLimit.
    vpnThroughputWindow: '5m',
    // An established tunnel that sends but has received nothing over the window, for the `for` after it (so for both
    // together), fires UpcloudGatewayTunnelOneWayTraffic.
    tunnelOneWayWindow: '5m',
    tunnelOneWayFor: '10m',
    // UpcloudGatewayMaintenance fires while a maintenance started within this window; the tunnel and connection down
    // alerts name a maintenance or a change of their gateway within it.
    recentChangeWindow: '30m',
    // A gateway's /metrics that UpCloud has not refreshed for this long are stale (UpcloudGatewayMetricsStale).
    gatewayMetricsStaleAfter: '10m',
    // What UpcloudGatewayTunnelWeakCrypto counts as weak: Diffie-Hellman groups below this number, and these
    // encryption and integrity algorithms (each matched as a whole item of the tunnel's list, in any case).
    weakDhGroupsBelow: 14,
    weakEncryptionAlgorithms: ['des', '3des'],
    weakIntegrityAlgorithms: ['md5', 'sha1'],

    // Dashboards.
    dashboardNamePrefix: 'UpCloud Gateway / ',
    dashboardTags: ['upcloud', 'upcloud-gateway', 'ipsec', 'nat'],
    dashboardRefresh: '1m',
    dashboardTimeFrom: 'now-6h',
    dashboardTimezone: '',
    dashboardUIDs: {
      fleet: 'upcloud-gw-fleet',
      detail: 'upcloud-gw-detail',
    },
    // The target of the dashboards' Runbooks link: the index of the alerts and their runbooks.
    runbooksURL: 'https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter/blob/main/docs/alerts.md',
  },
}
