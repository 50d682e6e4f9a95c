import type { DataFrame, FieldConfigSource, GrafanaTheme2, TimeRange } from '@grafana/data';

/** What a panel component gets, like a Grafana PanelProps: its series with field config applied. */
export interface VizProps {
  series: DataFrame[];
  fieldConfig: FieldConfigSource;
  options: Record<string, any>;
  width: number;
  height: number;
  timeRange: TimeRange;
  theme: GrafanaTheme2;
}
