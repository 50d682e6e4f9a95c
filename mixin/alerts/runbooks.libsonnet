// Gives every alert a runbook_url from _config.runbookURLPattern and its name in lower case: the
// README's runbook headings are "### <AlertName>", whose anchors are the lower-cased names.
{
  prometheusAlerts+:: {
    groups: [
      group {
        rules: [
          rule + (
            if std.objectHas(rule, 'alert')
            then { annotations+: { runbook_url: $._config.runbookURLPattern % std.asciiLower(rule.alert) } }
            else {}
          )
          for rule in group.rules
        ],
      }
      for group in super.groups
    ],
  },
}
