// What the audit log says of a gateway, for alerts: its recent maintenance and changes.
local d = import 'durations.libsonnet';
local tpl = import 'templates.libsonnet';
{
  // Gateways whose maintenance started within the window, valued at when it started.
  recentMaintenance(series, window):: '%s > time() - %d' % [series, d.seconds(window)],

  // Sentences for the description of an alert about one gateway, looked up when Prometheus renders it: when UpCloud
  // started a maintenance of the gateway, and when the gateway was changed and from where (api, gui,
  // upcloud_internal), within the window before. Nothing is added when neither happened.
  recentChanges(selector, window)::
    local since = ' > time() - %d' % d.seconds(window);
    local recent(metric) = tpl.series(metric, ['gateway_uuid'], selector, '%s' + since);
    '{{ with %s | query }} UpCloud started a maintenance of the gateway at {{ . | first | value | humanizeTimestamp }}, in the last %s.{{ end }}'
    % [recent('upcloud_gateway_last_maintenance_timestamp_seconds'), d.words(window)]
    + '{{ with %s | query | sortByLabel "origin" }} The gateway was changed in the last %s:{{ range $i, $change := . }}{{ if $i }};{{ end }} at {{ $change | value | humanizeTimestamp }} (origin {{ $change.Labels.origin }}){{ end }}.{{ end }}'
      % [recent('upcloud_gateway_last_change_timestamp_seconds'), d.words(window)],
}
