// Gives every alert a runbook_url from _config.runbookURLPattern and its name: each alert's runbook
// is the file docs/runbooks/<AlertName>.md.
{
  prometheusAlerts+:: {
    groups: [
      group {
        rules: [
          rule + (
            if std.objectHas(rule, 'alert')
            then { annotations+: { runbook_url: $._config.runbookURLPattern % rule.alert } }
            else {}
          )
          for rule in group.rules
        ],
      }
      for group in super.groups
    ],
  },
}
