// The annotations both dashboards show, from the audit log: UpCloud's maintenance of the selected gateways, and their
// changes by origin (the API, the control panel, UpCloud itself), each at the time the audit log gives.
local g = import '../lib/grafana.libsonnet';
local p = import '../lib/promql.libsonnet';
local s = g.selectors;

function(c)
  local sel = [c.upcloudGatewaySelector, s.gateway];
  local changes(origin) = p.series('upcloud_gateway_last_change_timestamp_seconds', sel + [origin]);
  [
    g.eventAnnotation('UpCloud maintenance',
                      'orange',
                      p.series('upcloud_gateway_last_maintenance_timestamp_seconds', sel),
                      'UpCloud started a maintenance of {{gateway}}',
                      'gateway'),
    g.eventAnnotation('Changes from the API', 'blue', changes('origin="api"'), '{{gateway}} changed from the API', 'gateway,origin'),
    g.eventAnnotation('Changes in the control panel', 'green', changes('origin="gui"'), '{{gateway}} changed in the control panel', 'gateway,origin'),
    g.eventAnnotation('Changes by UpCloud', 'purple', changes('origin!~"api|gui"'), '{{gateway}} changed by {{origin}}', 'gateway,origin'),
  ]
