// The state timeline panel. @grafana/ui has no state timeline (the app's TimelineChart and its uPlot path
// builder live in Grafana's app, not in a package), so this draws it in SVG: one row per series, a bar per run
// of equal values (mergeValues), colours and texts from each field's Grafana display processor (value
// mappings, thresholds), gaps where samples stop, a UTC time axis, and @grafana/ui's VizLegend for the mappings.
import { dateTimeFormat, FieldType, formattedValueToString, getFieldDisplayName, type Field } from '@grafana/data';
import { VizLegend, type VizLegendItem } from '@grafana/ui';
import type { VizProps } from './types';

interface Segment {
  start: number;
  end: number;
  value: unknown;
}

function segments(times: number[], field: Field, intervalMs: number, merge: boolean): Segment[] {
  const out: Segment[] = [];
  field.values.forEach((value, i) => {
    if (value == null) {
      return;
    }
    const t = times[i];
    const next = times[i + 1];
    const end = next !== undefined && next - t <= 1.5 * intervalMs ? next : t + intervalMs;
    const last = out[out.length - 1];
    if (merge && last && last.value === value && last.end === t) {
      last.end = end;
    } else {
      out.push({ start: t, end, value });
    }
  });
  return out;
}

function ticks(from: number, to: number, width: number): number[] {
  const steps = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400].map((s) => s * 1000);
  const step = steps.find((s) => (to - from) / s <= width / 90) ?? steps[steps.length - 1];
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) {
    out.push(t);
  }
  return out;
}

export function StateTimelineViz(props: VizProps) {
  const { theme, options, timeRange } = props;
  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const rows = props.series.flatMap((frame) => {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    return frame.fields
      .filter((f) => f !== time && time && f.type !== FieldType.time)
      .map((field) => ({ field, name: getFieldDisplayName(field, frame, props.series), runs: segments(time!.values, field, time!.config.interval ?? 1000, options.mergeValues !== false) }));
  });
  const showLegend = options.legend?.showLegend !== false;
  const legendHeight = showLegend ? 28 : 0;
  const axisHeight = 22;
  const font = theme.typography.fontSize;
  const labelWidth = Math.min(props.width * 0.4, 12 + Math.max(0, ...rows.map((r) => r.name.length)) * font * 0.58);
  const plotWidth = props.width - labelWidth - 8;
  const plotHeight = props.height - legendHeight - axisHeight;
  const rowHeight = plotHeight / Math.max(rows.length, 1);
  const barHeight = rowHeight * (options.rowHeight ?? 0.9);
  const x = (t: number) => labelWidth + ((Math.min(Math.max(t, from), to) - from) / (to - from)) * plotWidth;
  const custom = rows[0]?.field.config.custom ?? {};
  const legendItems: VizLegendItem[] = (rows[0]?.field.config.mappings ?? []).flatMap((mapping) =>
    Object.values((mapping.options ?? {}) as Record<string, { text?: string; color?: string }>).map((result) => ({
      label: result.text ?? '',
      color: theme.visualization.getColorByName(result.color ?? 'text'),
      yAxis: 1,
    })),
  );
  return (
    <div style={{ width: props.width, height: props.height }}>
      <svg width={props.width} height={plotHeight + axisHeight} style={{ display: 'block' }} data-viz="state-timeline">
        {rows.map((row, r) => (
          <g key={row.name}>
            <text x={0} y={r * rowHeight + rowHeight / 2} dominantBaseline="middle" fill={theme.colors.text.primary} fontSize={font}>
              {row.name}
            </text>
            {row.runs.map((run) => {
              const display = row.field.display!(run.value);
              const left = x(run.start);
              const width = Math.max(1, x(run.end) - left);
              const text = formattedValueToString(display);
              return (
                <g key={run.start}>
                  <rect x={left} y={r * rowHeight + (rowHeight - barHeight) / 2} width={width} height={barHeight}
                    fill={display.color} fillOpacity={(custom.fillOpacity ?? 70) / 100}
                    stroke={display.color} strokeWidth={custom.lineWidth ?? 0} />
                  {options.showValue !== 'never' && width > text.length * font * 0.6 + 8 && (
                    <text x={left + 4} y={r * rowHeight + rowHeight / 2} dominantBaseline="middle" fill={theme.colors.getContrastText(display.color ?? '#000')} fontSize={font}>
                      {text}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
        {ticks(from, to, plotWidth).map((t) => (
          <text key={t} x={x(t)} y={plotHeight + 15} textAnchor="middle" fill={theme.colors.text.secondary} fontSize={font * 0.85}>
            {dateTimeFormat(t, { format: 'HH:mm:ss', timeZone: 'utc' })}
          </text>
        ))}
      </svg>
      {showLegend && <VizLegend placement="bottom" items={legendItems} readonly />}
    </div>
  );
}
