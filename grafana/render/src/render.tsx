// Draws a whole dashboard the way Grafana lays it out: a header with the title, variables and time range, then
// each panel in its grid box, inside @grafana/ui's PanelChrome, with the visualization for its type. Rows are
// drawn as Grafana's row headers. Reports each panel's state for run/render.mjs to check.
import { createRoot } from 'react-dom/client';
import { merge } from 'lodash';
import { createTheme, dateTimeFormat, type DataFrame, type GrafanaTheme2 } from '@grafana/data';
import { GlobalStyles, Icon, PanelChrome, ThemeContext } from '@grafana/ui';
import type { Job } from './job';
import { box } from './layout';
import { queryPanel, type PanelModel, type QueryContext } from './pipeline/panelData';
import { panelFieldConfig, withFieldConfig } from './panels/fieldConfig';
import { panelDefaults } from './panels/panelDefaults';
import { BarGaugeViz, StatViz } from './panels/SingleStat';
import { StateTimelineViz } from './panels/StateTimelineViz';
import { TableViz } from './panels/TableViz';
import { graphable, TimeSeriesViz } from './panels/TimeSeriesViz';
import type { VizProps } from './panels/types';

const vizByType: Record<string, (props: VizProps) => JSX.Element> = {
  stat: StatViz,
  bargauge: BarGaugeViz,
  table: TableViz,
  timeseries: TimeSeriesViz,
  'state-timeline': StateTimelineViz,
};

export interface PanelReport {
  id: number;
  title?: string;
  type: string;
  state: 'ok' | 'no data' | 'error' | 'row';
  message?: string;
}

interface Prepared {
  panel: PanelModel & { gridPos: { x: number; y: number; w: number; h: number } };
  report: PanelReport;
  props?: VizProps;
}

const headerHeight = 96;
const padding = 16;

/** A time series needs a finite number to draw; other panels need a row. */
function hasData(type: string, series: DataFrame[]): boolean {
  if (type === 'timeseries') {
    return graphable(series).some((frame) => frame.fields.some((f) => f.type === 'number' && f.values.some((v) => v !== null)));
  }
  return series.some((frame) => frame.length > 0 && frame.fields.length > 0);
}

async function prepare(panel: Prepared['panel'], job: Job, ctx: QueryContext, theme: GrafanaTheme2): Promise<Prepared> {
  const report: PanelReport = { id: panel.id, title: panel.title, type: panel.type, state: 'ok' };
  if (panel.type === 'row') {
    return { panel, report: { ...report, state: 'row' } };
  }
  try {
    const { width, height } = box(panel.gridPos, job.widthPx - 2 * padding);
    const data = await queryPanel(panel, width, ctx);
    const fieldConfig = panelFieldConfig(panel.type, panel.fieldConfig as never);
    const options = merge({}, panelDefaults(panel.type).options, panel.options);
    const series = withFieldConfig(data.series, fieldConfig, theme);
    const props: VizProps = { series, fieldConfig, options, width: width - 16, height: height - 44, timeRange: data.timeRange, theme };
    return { panel, report: { ...report, state: hasData(panel.type, series) ? 'ok' : 'no data' }, props };
  } catch (error) {
    return { panel, report: { ...report, state: 'error', message: String(error) } };
  }
}

function PanelView({ item, job }: { item: Prepared; job: Job }) {
  const { panel, report, props } = item;
  const b = box(panel.gridPos, job.widthPx - 2 * padding);
  const style = { position: 'absolute' as const, left: b.left, top: b.top, width: b.width, height: b.height };
  if (report.state === 'row') {
    return (
      <div style={{ ...style, display: 'flex', alignItems: 'center', gap: 8, fontSize: 16, fontWeight: 500 }} data-panel-id={panel.id} data-state="row">
        <Icon name="angle-down" /> {panel.title}
      </div>
    );
  }
  const Viz = vizByType[panel.type];
  return (
    <div style={style} data-panel-id={panel.id} data-state={report.state}>
      <PanelChrome width={b.width} height={b.height} title={panel.title} description={panel.description as string} statusMessage={report.message}>
        {(width, height) =>
          report.state === 'ok' && props && Viz ? (
            <Viz {...props} width={width} height={height} />
          ) : (
            <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }} className="panel-empty">
              {report.state === 'error' ? report.message : 'No data'}
            </div>
          )
        }
      </PanelChrome>
    </div>
  );
}

function Header({ job, theme }: { job: Job; theme: GrafanaTheme2 }) {
  const variables = (job.dashboard.templating?.list ?? []).map((v) => {
    const value = v.type === 'datasource' ? 'Prometheus' : [v.current?.value ?? ''].flat().map((x) => (x === '$__all' ? 'All' : x)).join(' + ');
    return `${(v as { label?: string }).label ?? v.name}: ${value}`;
  });
  const format = (ms: number) => dateTimeFormat(ms, { format: 'YYYY-MM-DD HH:mm:ss', timeZone: 'utc' });
  return (
    <div style={{ height: headerHeight, display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 20 }}>
        <span>{job.dashboard.title}</span>
        <span style={{ fontSize: 14, color: theme.colors.text.secondary }}>
          <Icon name="clock-nine" /> {format(job.fromMs)} to {format(job.toMs)} UTC
        </span>
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {variables.map((text) => (
          <span key={text} style={{ border: `1px solid ${theme.colors.border.medium}`, borderRadius: 2, padding: '4px 8px', background: theme.colors.background.primary }}>
            {text}
          </span>
        ))}
      </div>
    </div>
  );
}

export async function renderDashboard(job: Job, ctx: QueryContext): Promise<PanelReport[]> {
  const theme = createTheme({ colors: { mode: 'dark' } });
  const items: Prepared[] = [];
  for (const panel of job.dashboard.panels ?? []) {
    items.push(await prepare(panel, job, ctx, theme));
  }
  const bottom = Math.max(0, ...items.map((i) => { const b = box(i.panel.gridPos, job.widthPx - 2 * padding); return b.top + b.height; }));
  const root = document.getElementById('root')!;
  root.style.cssText = `padding:${padding}px;width:${job.widthPx}px;height:${bottom + headerHeight + 2 * padding}px;box-sizing:border-box`;
  createRoot(root).render(
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <Header job={job} theme={theme} />
      <div style={{ position: 'relative', height: bottom }}>
        {items.map((item) => <PanelView key={item.panel.id} item={item} job={job} />)}
      </div>
    </ThemeContext.Provider>,
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return items.map((i) => i.report);
}
