// Grafana panels, variables and dashboards in the classic JSON model (schema version 39), with the
// defaults every panel of the project's dashboards shares. A panel is refined with `+`:
//   g.timeseries('Title', 'Question it answers?', [g.query(expr, '{{gateway}}')]) + g.unit('Bps') + g.size(12, 8)
local datasource = { type: 'prometheus', uid: '${datasource}' };
local singleGreen = { mode: 'absolute', steps: [{ color: 'green', value: null }] };

{
  // Label matchers of the dashboard variables, widening from the exporter to one tunnel.
  selectors:: {
    exporter: 'job=~"$job", instance=~"$instance"',
    gateway: self.exporter + ', gateway=~"$gateway"',
    tunnel: self.gateway + ', connection=~"$connection", tunnel=~"$tunnel"',
  },

  // One PromQL target (a ||| block loses its final newline); the panel gives it its refId (A, B, ... in order).
  query(expr, legend):: { datasource: datasource, expr: std.rstripChars(expr, '\n'), legendFormat: legend },

  // The panel's width and height in grid units (24 across); dashboard() lays panels out left to right.
  size(w, h):: { w:: w, h:: h },

  unit(unit):: { fieldConfig+: { defaults+: { unit: unit } } },
  color(color):: { fieldConfig+: { defaults+: { color: color } } },
  fixedColor(name):: { mode: 'fixed', fixedColor: name },
  thresholds(steps):: { fieldConfig+: { defaults+: { thresholds: { mode: 'absolute', steps: steps } } } },
  overrides(list):: { fieldConfig+: { overrides: list } },

  // An override of the fields whose name matches (byName) or whose name matches a /regexp/ (byRegexp).
  override(matcher, options, properties):: { matcher: { id: matcher, options: options }, properties: properties },
  colorOf(matcher, options, color):: $.override(matcher, options, [{ id: 'color', value: $.fixedColor(color) }]),

  // Value mappings from [value, text, color] triples, in order.
  valueMappings(list):: {
    fieldConfig+: { defaults+: { mappings: [{
      type: 'value',
      options: { [m[1][0]]: { text: m[1][1], color: m[1][2], index: m[0] } for m in std.mapWithIndex(function(i, v) [i, v], list) },
    }] } },
  },

  local panel(type, title, description, queries, instant) = {
    type: type,
    title: title,
    description: description,
    datasource: datasource,
    targets: std.mapWithIndex(
      function(i, q) q { refId: std.char(65 + i) } + (if instant then { instant: true, range: false } else {}),
      queries
    ),
    fieldConfig: {
      defaults: { thresholds: singleGreen, color: { mode: 'palette-classic' } },
      overrides: [],
    },
    w:: 12,
    h:: 8,
  },

  // A stat of instant queries: value and series name on a coloured background.
  stat(title, description, queries):: panel('stat', title, description, queries, true) {
    options: {
      reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
      orientation: 'auto',
      textMode: 'value_and_name',
      colorMode: 'background',
      graphMode: 'none',
      justifyMode: 'auto',
      wideLayout: true,
    },
  },

  // Lines over time from the bottom of the axis up, legend below, tooltip of every series.
  timeseries(title, description, queries):: panel('timeseries', title, description, queries, false) {
    fieldConfig+: { defaults+: { custom: {
      drawStyle: 'line',
      lineInterpolation: 'linear',
      lineWidth: 1,
      fillOpacity: 10,
      showPoints: 'never',
      spanNulls: false,
      stacking: { mode: 'none', group: 'A' },
      axisSoftMin: 0,
    } } },
    options: {
      legend: { showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [] },
      tooltip: { mode: 'multi', sort: 'desc' },
    },
  },

  // A series drawn as a dashed line without fill: a threshold to compare the others with.
  dashedLine(matcher, options, color, dash):: $.override(matcher, options, [
    { id: 'color', value: $.fixedColor(color) },
    { id: 'custom.lineStyle', value: { fill: 'dash', dash: dash } },
    { id: 'custom.fillOpacity', value: 0 },
  ]),

  // States over time, one row per series, named by value mappings.
  stateTimeline(title, description, queries):: panel('state-timeline', title, description, queries, false) {
    fieldConfig+: { defaults+: {
      custom: { fillOpacity: 80, lineWidth: 0 },
      thresholds: { mode: 'absolute', steps: [{ color: 'text', value: null }] },
      color: { mode: 'thresholds' },
    } },
    options: {
      mergeValues: true,
      showValue: 'auto',
      alignValue: 'left',
      rowHeight: 0.9,
      legend: { showLegend: true, displayMode: 'list', placement: 'bottom' },
      tooltip: { mode: 'single', sort: 'none' },
    },
  },

  // A table of instant queries in table format, filterable (no footer: Grafana shows none unless asked).
  table(title, description, queries):: panel('table', title, description, [q { format: 'table' } for q in queries], true) {
    fieldConfig+: { defaults+: { custom: { align: 'auto', cellOptions: { type: 'auto' }, filterable: true } } },
    options: {
      showHeader: true,
      cellHeight: 'sm',
    },
  },

  // Horizontal gradient bars of instant queries.
  barGauge(title, description, queries):: panel('bargauge', title, description, queries, true) {
    options: {
      displayMode: 'gradient',
      orientation: 'horizontal',
      showUnfilled: true,
      valueMode: 'color',
      namePlacement: 'top',
      sizing: 'auto',
      minVizHeight: 10,
      minVizWidth: 0,
      maxVizHeight: 300,
      reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
    },
  },

  // Markers at the times a timestamp series records (Unix seconds), such as a gateway's last maintenance: each value the
  // series took in the time range is one marker, titled from the series' labels and tagged with tagKeys (comma-separated).
  eventAnnotation(name, color, expr, title, tagKeys):: {
    datasource: datasource,
    enable: true,
    hide: false,
    iconColor: color,
    name: name,
    // Grafana's Prometheus annotation support reads the query from target, and the rest from the annotation itself.
    target: { refId: 'Anno', expr: '%s * 1000' % expr, interval: '1m' },
    titleFormat: title,
    textFormat: '',
    tagKeys: tagKeys,
    // Grafana reads the value as the marker's time in milliseconds, hence the * 1000.
    useValueForTime: true,
  },

  // A row heading, across the whole width.
  row(title):: { type: 'row', title: title, collapsed: false, panels: [], w:: 24, h:: 1 },

  // The Prometheus data source picker every query uses.
  datasourceVariable:: {
    type: 'datasource',
    name: 'datasource',
    label: 'Data source',
    query: 'prometheus',
    regex: '',
    refresh: 1,
    hide: 0,
    options: [],
    current: {},
  },

  // A multi-value variable with All (.*) listing `query` (label_values(...)), refreshed with the time range.
  queryVariable(name, label, query):: {
    type: 'query',
    name: name,
    label: label,
    datasource: datasource,
    query: { query: query, refId: 'PrometheusVariableQueryEditor-VariableQuery' },
    refresh: 2,
    multi: true,
    includeAll: true,
    allValue: '.*',
    sort: 1,
    regex: '',
    hide: 0,
    options: [],
    current: { selected: true, text: ['All'], value: ['$__all'] },
  },

  // Places the panels left to right, starting a new line where one would cross the 24-unit width,
  // and numbers them from 1.
  local layout(panels) = std.foldl(
    function(at, p)
      local wraps = at.x + p.w > 24;
      local x = if wraps then 0 else at.x;
      local y = if wraps then at.y + at.h else at.y;
      {
        x: x + p.w,
        y: y,
        h: if wraps then p.h else std.max(at.h, p.h),
        panels: at.panels + [p { id: std.length(at.panels) + 1, gridPos: { h: p.h, w: p.w, x: x, y: y } }],
      },
    panels,
    { x: 0, y: 0, h: 0, panels: [] }
  ).panels,

  // A dashboard of the project's family: linked to the others by tag (keeping variables and time),
  // with a link to the runbooks, and the annotations given after Grafana's own.
  dashboard(config, uid, title, description, variables, panels, annotations=[]):: {
    annotations: { list: [{
      builtIn: 1,
      datasource: { type: 'grafana', uid: '-- Grafana --' },
      enable: true,
      hide: true,
      iconColor: 'rgba(0, 211, 255, 1)',
      name: 'Annotations & Alerts',
      type: 'dashboard',
    }] + annotations },
    description: description,
    editable: true,
    fiscalYearStartMonth: 0,
    graphTooltip: 1,
    id: null,
    links: [
      {
        title: 'UpCloud gateway dashboards',
        type: 'dashboards',
        tags: ['upcloud-gateway'],
        asDropdown: false,
        includeVars: true,
        keepTime: true,
        icon: 'external link',
        targetBlank: false,
        tooltip: '',
        url: '',
      },
      {
        title: 'Runbooks',
        type: 'link',
        url: config.runbooksURL,
        icon: 'doc',
        asDropdown: false,
        includeVars: false,
        keepTime: false,
        tags: [],
        targetBlank: true,
        tooltip: 'Alert runbooks',
      },
    ],
    panels: layout(panels),
    refresh: config.dashboardRefresh,
    schemaVersion: 39,
    tags: config.dashboardTags,
    templating: { list: variables },
    time: { from: config.dashboardTimeFrom, to: 'now' },
    timepicker: {},
    timezone: config.dashboardTimezone,
    title: config.dashboardNamePrefix + title,
    uid: uid,
    version: 1,
    weekStart: '',
  },
}
