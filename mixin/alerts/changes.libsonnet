// What the audit log says: UpCloud's maintenance of a gateway.
local audit = import '../lib/audit.libsonnet';
local d = import '../lib/durations.libsonnet';
local p = import '../lib/promql.libsonnet';
local t = import '../lib/text.libsonnet';
{
  prometheusAlerts+:: {
    local c = $._config,
    local sel = [c.upcloudGatewaySelector],
    groups+: [
      {
        name: 'upcloud-gateway-changes',
        rules: [
          {
            alert: 'UpcloudGatewayMaintenance',
            // No `for`: the alert is there to explain what else fires now, and it ends by itself with the window.
            expr: |||
              %s
              %s
            ||| % [
              audit.recentMaintenance(p.series('upcloud_gateway_last_maintenance_timestamp_seconds', sel), c.recentChangeWindow),
              p.unlessStoppedOnPurpose(sel),
            ],
            labels: { severity: 'info' },
            annotations: {
              summary: 'UpCloud started a maintenance of gateway {{ $labels.gateway }}.',
              description: t.fold(|||
                UpCloud started a maintenance of gateway {{ $labels.gateway }} ({{ $labels.gateway_uuid }}) at
                {{ $value | humanizeTimestamp }}, as the account's audit log says. Its tunnels and NAT may drop
                meanwhile: alerts about them now are likely UpCloud's doing. This alert ends %s after the start.
              ||| % d.words(c.recentChangeWindow)),
            },
          },
        ],
      },
    ],
  },
}
