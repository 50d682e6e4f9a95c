// What Grafana's Go backend (pkg/promlib: converter/prom.go and querydata/response.go, without the dataplane
// feature flag) makes of a Prometheus /api/v1/query or /api/v1/query_range answer: one frame per series with a
// "Time" and a "Value" field, the series' labels on the value field, the frame named by the legend format.
// The frontend half of the data source (transformV2 in @grafana/prometheus) then runs on these frames.
import { DataFrameType, FieldType, type DataFrame, type Labels } from '@grafana/data';
import { parseSampleValue } from '@grafana/prometheus';

export interface PromTarget {
  refId: string;
  expr: string;
  legendFormat?: string;
}

interface PromSeries {
  metric: Labels;
  value?: [number, string];
  values?: Array<[number, string]>;
}

export interface PromAnswer {
  status: string;
  error?: string;
  errorType?: string;
  warnings?: string[];
  data?: { resultType: string; result: PromSeries[] | [number, string] };
}

export function framesFromAnswer(answer: PromAnswer, target: PromTarget, expr: string, stepMs: number): DataFrame[] {
  if (answer.status === 'error' || !answer.data) {
    throw new Error(`${answer.errorType}: ${answer.error}`);
  }
  const { resultType, result } = answer.data;
  let frames: DataFrame[];
  if (resultType === 'matrix' || resultType === 'vector') {
    frames = (result as PromSeries[]).map((series) => seriesFrame(series, resultType));
  } else if (resultType === 'scalar') {
    frames = [seriesFrame({ metric: {}, value: result as [number, string] }, resultType)];
  } else {
    throw new Error(`unsupported result type ${resultType}`);
  }
  if (frames.length === 0) {
    frames = [{ name: '', fields: [], length: 0 }];
  }
  frames.forEach((frame, i) => {
    frame.refId = target.refId;
    frame.meta = { ...frame.meta, executedQueryString: i === 0 ? `Expr: ${expr}\nStep: ${stepMs / 1000}s` : undefined };
    if (frame.fields.length >= 2) {
      frame.fields[0].config = { interval: stepMs };
      const name = legendName(target, expr, frame.fields[1].labels ?? {});
      if (name !== '') {
        frame.fields[1].config = { displayNameFromDS: name };
      }
      frame.name = name;
    }
    if (answer.warnings?.length) {
      frame.meta = { ...frame.meta, notices: answer.warnings.map((text) => ({ severity: 'warning', text })) };
    }
  });
  return frames;
}

function seriesFrame(series: PromSeries, resultType: string): DataFrame {
  const samples = series.values ?? (series.value ? [series.value] : []);
  return {
    name: '',
    meta: { type: DataFrameType.TimeSeriesMulti, custom: { resultType } },
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: samples.map(([t]) => Math.trunc(t * 1000)) },
      { name: 'Value', type: FieldType.number, config: {}, labels: { ...series.metric }, values: samples.map(([, v]) => parseSampleValue(v)) },
    ],
    length: samples.length,
  };
}

/** getName in querydata/response.go: the legend format with {{label}} filled in, "__auto" or none falling back as there. */
function legendName(target: PromTarget, expr: string, labels: Labels): string {
  let legend = metricNameFromLabels(labels);
  if (target.legendFormat === '__auto') {
    if (Object.keys(labels).length > 0) {
      legend = '';
    }
  } else if (target.legendFormat) {
    legend = target.legendFormat.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, name: string) => labels[name.trim()] ?? '');
  }
  return legend === '{}' ? expr : legend;
}

/** Prometheus' own series notation, name{a="b", c="d"} with the labels sorted. */
function metricNameFromLabels(labels: Labels): string {
  const { __name__: name, ...rest } = labels;
  const pairs = Object.keys(rest).sort().map((k) => `${k}=${JSON.stringify(rest[k])}`);
  if (pairs.length === 0) {
    return name ?? '{}';
  }
  return `${name ?? ''}{${pairs.join(', ')}}`;
}
