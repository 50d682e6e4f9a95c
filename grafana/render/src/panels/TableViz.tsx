// The table panel as Grafana's app draws it: the frame the panel selects, in @grafana/ui's TableNG (the
// react-data-grid table the app's table panel uses), with the panel's sort, cell height and header options.
import { cacheFieldDisplayNames } from '@grafana/data';
import { TableNG } from '@grafana/ui/unstable';
import type { VizProps } from './types';

export function TableViz(props: VizProps) {
  // The app's table panel caches display names first: TableNG names its columns by field.state.displayName.
  cacheFieldDisplayNames(props.series);
  const frame = props.series[props.options.frameIndex ?? 0] ?? props.series[0];
  return (
    <TableNG
      data={frame}
      width={props.width}
      height={props.height}
      noHeader={!props.options.showHeader}
      showTypeIcons={props.options.showTypeIcons}
      cellHeight={props.options.cellHeight}
      sortBy={props.options.sortBy}
      fieldConfig={props.fieldConfig}
      timeRange={props.timeRange}
      enablePagination={props.options.enablePagination}
      frozenColumns={props.options.frozenColumns?.left}
    />
  );
}
