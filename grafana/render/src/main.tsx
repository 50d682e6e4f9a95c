// The page's entry: window.transformPanels(job) answers the transformation check, window.renderDashboard(job)
// draws the dashboard and reports each panel's state.
import { Prometheus } from './pipeline/prometheus';
import { queryPanel, type QueryContext } from './pipeline/panelData';
import { resolveVariables } from './pipeline/variables';
import { allPanels, summarize, type FrameSummary, type Job } from './job';
import { renderDashboard } from './render';

async function queryContext(job: Job): Promise<QueryContext> {
  const prometheus = new Prometheus('prometheus');
  const variables = await resolveVariables(job.dashboard.templating?.list ?? [], prometheus);
  return { prometheus, variables, fromMs: job.fromMs, toMs: job.toMs, scrapeInterval: job.scrapeInterval };
}

export interface TransformedPanel {
  id: number;
  title?: string;
  transformations: string[];
  raw: FrameSummary[];
  series: FrameSummary[];
  error?: string;
}

async function transformPanels(job: Job): Promise<TransformedPanel[]> {
  const ctx = await queryContext(job);
  const out: TransformedPanel[] = [];
  for (const panel of allPanels(job.dashboard)) {
    if (!panel.transformations?.length) {
      continue;
    }
    const transformed: TransformedPanel = { id: panel.id, title: panel.title, transformations: panel.transformations.map((t) => t.id), raw: [], series: [] };
    try {
      const data = await queryPanel(panel, (panel.gridPos.w / 24) * job.widthPx, ctx);
      out.push({ ...transformed, raw: summarize(data.raw), series: summarize(data.series) });
    } catch (error) {
      out.push({ ...transformed, error: String(error) });
    }
  }
  return out;
}

Object.assign(window, {
  transformPanels,
  renderDashboard: async (job: Job) => renderDashboard(job, await queryContext(job)),
});
