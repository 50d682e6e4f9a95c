// One panel's data as a Grafana dashboard gets it: every target of the panel queried as the Prometheus data
// source does (instant or range, table format, legend), the frontend's transformV2 from @grafana/prometheus,
// then the panel's transformations through @grafana/data's transformDataFrame.
import { lastValueFrom } from 'rxjs';
import { dateTime, transformDataFrame, type DataFrame, type DataTransformerConfig, type TimeRange } from '@grafana/data';
import { transformV2 } from '@grafana/prometheus';
import { alignToStep, interpolateBuiltins, queryTiming } from './interval';
import { framesFromAnswer, type PromTarget } from './promFrames';
import type { Prometheus } from './prometheus';
import { requireTransformers } from './transformers';
import { interpolate, type Variables } from './variables';

export interface PanelModel {
  id: number;
  type: string;
  title?: string;
  interval?: string;
  maxDataPoints?: number;
  targets?: Array<PromTarget & { instant?: boolean; range?: boolean; format?: string; hide?: boolean }>;
  transformations?: DataTransformerConfig[];
  [key: string]: unknown;
}

export interface QueryContext {
  prometheus: Prometheus;
  variables: Variables;
  fromMs: number;
  toMs: number;
  /** The data source's scrape interval (its jsonData.timeInterval). */
  scrapeInterval: string;
}

export interface PanelData {
  /** The data source's frames, before the panel's transformations. */
  raw: DataFrame[];
  /** What the visualization gets. */
  series: DataFrame[];
  timeRange: TimeRange;
}

export async function queryPanel(panel: PanelModel, widthPx: number, ctx: QueryContext): Promise<PanelData> {
  const timeRange: TimeRange = { from: dateTime(ctx.fromMs), to: dateTime(ctx.toMs), raw: { from: dateTime(ctx.fromMs), to: dateTime(ctx.toMs) } };
  const maxDataPoints = panel.maxDataPoints ?? Math.round(widthPx);
  const timing = queryTiming(timeRange, maxDataPoints, panel.interval ?? ctx.scrapeInterval, ctx.scrapeInterval);
  const targets = (panel.targets ?? []).filter((t) => !t.hide);
  const frames: DataFrame[] = [];
  for (const target of targets) {
    const expr = interpolateBuiltins(interpolate(target.expr, ctx.variables), timing);
    const legendFormat = target.legendFormat && interpolate(target.legendFormat, ctx.variables);
    const end = alignToStep(ctx.toMs, timing.stepMs);
    // A target with neither flag is a range query (models.Parse); one with both gets both answers.
    if (target.instant) {
      frames.push(...framesFromAnswer(await ctx.prometheus.instant(expr, end), { ...target, legendFormat }, expr, timing.stepMs));
    }
    if (target.range || !target.instant) {
      const start = alignToStep(ctx.fromMs, timing.stepMs);
      frames.push(...framesFromAnswer(await ctx.prometheus.range(expr, start, end, timing.stepMs), { ...target, legendFormat }, expr, timing.stepMs));
    }
  }
  const request = { targets, app: 'dashboard' } as unknown as Parameters<typeof transformV2>[1];
  const raw = transformV2({ data: frames }, request, {}).data as DataFrame[];
  const transformations = panel.transformations ?? [];
  requireTransformers(transformations);
  const interpolateText = (text: string) => interpolate(text, ctx.variables);
  const series = await lastValueFrom(transformDataFrame(transformations, raw, { interpolate: interpolateText }));
  return { raw, series, timeRange };
}
