// Go template pieces of the alert annotations.
{
  // A pipeline that queries Prometheus for the alert's own series of `metric`: matched on the alert's
  // job, instance and account (account="" matches series without one) and on `labels`, within the
  // mixin's selector. `around` wraps the selector in PromQL, e.g. 'max(%s)'. Follow it with
  // `| query` inside {{ with ... }} so that nothing is written when there is no such series.
  series(metric, labels, selector, around='%s')::
    local names = ['job', 'instance', 'account'] + labels;
    // The selector ends up in a printf format: a literal % in it must be doubled.
    local matchers = [std.strReplace(selector, '%', '%%')] + [n + '=%q' for n in names];
    local promql = around % ('%s{%s}' % [metric, std.join(', ', [m for m in matchers if m != ''])]);
    'printf `%s` %s' % [promql, std.join(' ', ['$labels.' + n for n in names])],
}
