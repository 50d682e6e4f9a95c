// The variables both dashboards share, each narrowing the next: data source, job, instance
// (the exporters, one per shard), gateway, connection, tunnel.
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';

function(config) [
  g.datasourceVariable,
  g.queryVariable('job', 'Job', 'label_values(%s, job)'
                                % p.series('upcloud_gateway_exporter_build_info', [config.upcloudGatewaySelector])),
  g.queryVariable('instance', 'Instance', 'label_values(%s, instance)'
                                          % p.series('upcloud_gateway_exporter_build_info', [config.upcloudGatewaySelector, 'job=~"$job"'])),
  g.queryVariable('gateway', 'Gateway', 'label_values(upcloud_gateway_info{%s}, gateway)' % g.selectors.exporter),
  g.queryVariable('connection', 'Connection', 'label_values(upcloud_gateway_tunnel_info{%s}, connection)' % g.selectors.gateway),
  g.queryVariable('tunnel', 'Tunnel', 'label_values(upcloud_gateway_tunnel_info{%s, connection=~"$connection"}, tunnel)' % g.selectors.gateway),
]
