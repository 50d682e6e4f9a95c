// Builds PromQL selectors from lists of label matchers, leaving out the empty ones, so that an
// empty _config selector renders `metric` rather than `metric{}` or `metric{, x="y"}`.
{
  // The matchers joined with commas: matchers(['job="a"', '', 'x="y"']) is 'job="a", x="y"'.
  matchers(list):: std.join(', ', [m for m in list if m != '']),

  // The metric with a selector of the matchers: series('up', ['job="a"']) is 'up{job="a"}'.
  series(metric, list=[])::
    local m = self.matchers(list);
    if m == '' then metric else '%s{%s}' % [metric, m],
}
