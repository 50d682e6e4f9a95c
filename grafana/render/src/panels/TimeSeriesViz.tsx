// The time series panel: @grafana/ui's TimeSeries (GraphNG over uPlot, with its legend), fed the frames' time
// and number fields as the app's prepareGraphableFields keeps them.
import { FieldType, type DataFrame, type Field } from '@grafana/data';
import { TimeSeries } from '@grafana/ui';
import type { VizProps } from './types';

export function graphable(series: DataFrame[]): DataFrame[] {
  // Like prepareGraphableFields, NaN and ±Inf become null (a gap): uPlot cannot scale an axis over NaN.
  const finite = (field: Field): Field =>
    field.type === FieldType.number ? { ...field, values: field.values.map((v) => (Number.isFinite(v) ? v : null)) } : field;
  return series
    .map((frame) => ({ ...frame, fields: frame.fields.filter((f) => f.type === FieldType.time || f.type === FieldType.number).map(finite) }))
    .filter((frame) => frame.length > 0 && frame.fields.some((f) => f.type === FieldType.time) && frame.fields.some((f) => f.type === FieldType.number));
}

export function TimeSeriesViz(props: VizProps) {
  return (
    <TimeSeries
      frames={graphable(props.series)}
      width={props.width}
      height={props.height}
      timeRange={props.timeRange}
      timeZone="utc"
      legend={props.options.legend}
      options={props.options}
    />
  );
}
