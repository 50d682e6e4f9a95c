// The interval arithmetic of a Grafana Prometheus query: the frontend picks the request interval from the
// panel width (rangeUtil.calculateInterval, @grafana/data's own), and Grafana's Go backend (pkg/promlib)
// turns it into the step and the values of $__interval, $__rate_interval and $__range.
import { rangeUtil, type TimeRange } from '@grafana/data';

export interface QueryTiming {
  intervalMs: number;
  stepMs: number;
  rateIntervalMs: number;
  rangeMs: number;
}

/** Grafana's backend never asks for more than this many points (pkg/promlib safeResolution). */
const safeResolution = 11000;

/**
 * lowLimit is the panel's min interval or else the data source's scrape interval (its timeInterval), as in Grafana's
 * query runner; scrapeInterval is the data source's, which $__rate_interval is built from.
 */
export function queryTiming(range: TimeRange, maxDataPoints: number, lowLimit: string, scrapeInterval: string): QueryTiming {
  const rangeMs = range.to.valueOf() - range.from.valueOf();
  const { intervalMs } = rangeUtil.calculateInterval(range, maxDataPoints, lowLimit);
  const safeMs = rangeUtil.roundInterval(rangeMs / safeResolution);
  const stepMs = Math.max(intervalMs, safeMs);
  const scrapeMs = rangeUtil.intervalToMs(scrapeInterval);
  const rateIntervalMs = Math.max(intervalMs + scrapeMs, 4 * scrapeMs);
  return { intervalMs, stepMs, rateIntervalMs, rangeMs };
}

/** Replaces the built-in variables the way the backend does, in its order ($__interval_ms before $__interval). */
export function interpolateBuiltins(expr: string, t: QueryTiming): string {
  const rangeS = Math.round(t.rangeMs / 1000);
  const values: Array<[string, string]> = [
    ['__interval_ms', String(t.stepMs)],
    ['__interval', formatInterval(t.stepMs)],
    ['__range_ms', String(t.rangeMs)],
    ['__range_s', String(rangeS)],
    ['__range', `${rangeS}s`],
    ['__rate_interval_ms', String(t.rateIntervalMs)],
    ['__rate_interval', goDuration(t.rateIntervalMs)],
  ];
  for (const [name, value] of values) {
    expr = expr.split(`$${name}`).join(value).split(`\${${name}}`).join(value);
  }
  return expr;
}

/** gtime.FormatInterval: the largest whole unit. */
export function formatInterval(ms: number): string {
  const units: Array<[string, number]> = [['y', 31536000000], ['d', 86400000], ['h', 3600000], ['m', 60000], ['s', 1000], ['ms', 1]];
  for (const [unit, size] of units) {
    if (ms >= size) {
      return `${Math.floor(ms / size)}${unit}`;
    }
  }
  return '1ms';
}

/** Go's time.Duration.String() for whole milliseconds: 4s, 1m0s, 1h2m3.5s, 250ms. */
export function goDuration(ms: number): string {
  if (ms < 1000) {
    return `${ms}ms`;
  }
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = (ms % 60000) / 1000;
  return (h ? `${h}h${m}m` : m ? `${m}m` : '') + `${s}s`;
}

/** pkg/promlib AlignTimeRange: rounds down to a multiple of the step. */
export function alignToStep(ms: number, stepMs: number): number {
  return Math.floor(ms / stepMs) * stepMs;
}
