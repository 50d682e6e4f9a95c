// What run/*.mjs asks of the page (window.dashboardJob) and the plain JSON it gets back.
import { getFieldDisplayName, type DataFrame } from '@grafana/data';
import type { PanelModel } from './pipeline/panelData';
import type { VariableModel } from './pipeline/variables';

export interface DashboardModel {
  title: string;
  uid: string;
  panels?: Array<PanelModel & { panels?: PanelModel[]; gridPos: GridPos; collapsed?: boolean }>;
  templating?: { list: VariableModel[] };
  [key: string]: unknown;
}

export interface GridPos {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Job {
  dashboard: DashboardModel;
  fromMs: number;
  toMs: number;
  scrapeInterval: string;
  /** The page width the dashboard grid lays its 24 columns over. */
  widthPx: number;
}

export interface FrameSummary {
  name?: string;
  refId?: string;
  fields: Array<{ name: string; displayName: string; type: string; values: unknown[] }>;
}

export function summarize(frames: DataFrame[]): FrameSummary[] {
  return frames.map((frame) => ({
    name: frame.name,
    refId: frame.refId,
    fields: frame.fields.map((field) => ({
      name: field.name,
      displayName: getFieldDisplayName(field, frame, frames),
      type: field.type,
      values: Array.from(field.values),
    })),
  }));
}

/** Every panel of the dashboard, the ones inside collapsed rows included, in the dashboard's order. */
export function allPanels(dashboard: DashboardModel): Array<PanelModel & { gridPos: GridPos }> {
  return (dashboard.panels ?? []).flatMap((p) => [p, ...((p.panels ?? []) as Array<PanelModel & { gridPos: GridPos }>)]);
}
