// The defaults a panel plugin fills in for what the saved JSON leaves out. The options and state-timeline field
// defaults come from @grafana/schema's generated panel configs; the time series' custom field defaults are not in
// that schema (the app's timeseries plugin sets them in its option builder), so they are written out here.
import { defaultOptions as barGaugeOptions } from '@grafana/schema/dist/esm/raw/composable/bargauge/panelcfg/x/BarGaugePanelCfg_types.gen';
import { defaultOptions as statOptions } from '@grafana/schema/dist/esm/raw/composable/stat/panelcfg/x/StatPanelCfg_types.gen';
import {
  defaultFieldConfig as stateTimelineFieldConfig,
  defaultOptions as stateTimelineOptions,
} from '@grafana/schema/dist/esm/raw/composable/statetimeline/panelcfg/x/StateTimelinePanelCfg_types.gen';
import { defaultOptions as tableOptions } from '@grafana/schema/dist/esm/raw/composable/table/panelcfg/x/TablePanelCfg_types.gen';

const graphCustom = {
  drawStyle: 'line',
  lineInterpolation: 'linear',
  lineWidth: 1,
  fillOpacity: 0,
  gradientMode: 'none',
  showPoints: 'auto',
  pointSize: 5,
  spanNulls: false,
  insertNulls: false,
  barAlignment: 0,
  stacking: { mode: 'none', group: 'A' },
  axisPlacement: 'auto',
  axisLabel: '',
  axisColorMode: 'text',
  axisBorderShow: false,
  axisCenteredZero: false,
  scaleDistribution: { type: 'linear' },
  hideFrom: { legend: false, tooltip: false, viz: false },
  thresholdsStyle: { mode: 'off' },
};

const byType: Record<string, { options: object; custom: object }> = {
  stat: { options: statOptions, custom: {} },
  bargauge: { options: barGaugeOptions, custom: {} },
  table: { options: tableOptions, custom: { align: 'auto', cellOptions: { type: 'auto' }, inspect: false } },
  timeseries: { options: { legend: { showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [] } }, custom: graphCustom },
  'state-timeline': { options: stateTimelineOptions, custom: { ...stateTimelineFieldConfig, hideFrom: { legend: false, tooltip: false, viz: false } } },
};

export function panelDefaults(type: string): { options: object; custom: object } {
  const defaults = byType[type];
  if (!defaults) {
    throw new Error(`no renderer for panel type "${type}"`);
  }
  return defaults;
}
