// The stat and bar gauge panels as Grafana's app builds them: getFieldDisplayValues (@grafana/data) reduces the
// series to display values, and @grafana/ui's VizRepeater lays out one BigValue or BarGauge per value.
import { getDisplayValueAlignmentFactors, getFieldDisplayValues, VizOrientation, type FieldDisplay } from '@grafana/data';
import { BarGauge, BigValue, VizRepeater, type VizRepeaterRenderValueProps } from '@grafana/ui';
import type { DisplayValueAlignmentFactors } from '@grafana/data';
import type { VizProps } from './types';

function displayValues(props: VizProps): () => FieldDisplay[] {
  return () =>
    getFieldDisplayValues({
      fieldConfig: props.fieldConfig,
      reduceOptions: props.options.reduceOptions,
      replaceVariables: (v: string) => v,
      theme: props.theme,
      data: props.series,
      sparkline: props.options.graphMode !== 'none',
      timeZone: 'utc',
    });
}

export function StatViz(props: VizProps) {
  const { options } = props;
  const renderValue = ({ value, width, height, alignmentFactors, count }: VizRepeaterRenderValueProps<FieldDisplay, DisplayValueAlignmentFactors>) => (
    <BigValue
      value={value.display}
      count={count}
      sparkline={value.sparkline}
      colorMode={options.colorMode}
      graphMode={options.graphMode}
      justifyMode={options.justifyMode}
      textMode={options.textMode}
      alignmentFactors={alignmentFactors}
      text={options.text}
      width={width}
      height={height}
      theme={props.theme}
      percentChangeColorMode={options.percentChangeColorMode}
      disableWideLayout={!options.wideLayout}
    />
  );
  return (
    <VizRepeater
      getValues={displayValues(props)}
      getAlignmentFactors={getDisplayValueAlignmentFactors}
      renderValue={renderValue}
      width={props.width}
      height={props.height}
      source={props.series}
      itemSpacing={3}
      renderCounter={0}
      autoGrid={true}
      orientation={options.orientation ?? VizOrientation.Auto}
      minVizWidth={options.minVizWidth}
      minVizHeight={options.minVizHeight}
    />
  );
}

export function BarGaugeViz(props: VizProps) {
  const { options } = props;
  const spacing = options.displayMode === 'lcd' ? 2 : 10;
  const renderValue = ({ value, width, height, orientation, alignmentFactors, count }: VizRepeaterRenderValueProps<FieldDisplay, DisplayValueAlignmentFactors>) => (
    <BarGauge
      value={value.display}
      width={width}
      height={height}
      orientation={orientation}
      field={value.field}
      text={options.text}
      display={value.view?.getFieldDisplayProcessor(value.colIndex ?? 0)}
      theme={props.theme}
      itemSpacing={spacing}
      displayMode={options.displayMode}
      alignmentFactors={count > 1 ? alignmentFactors : undefined}
      showUnfilled={options.showUnfilled}
      valueDisplayMode={options.valueMode}
      namePlacement={options.namePlacement}
    />
  );
  return (
    <VizRepeater
      getValues={displayValues({ ...props, options: { ...options, graphMode: 'none' } })}
      getAlignmentFactors={getDisplayValueAlignmentFactors}
      renderValue={renderValue}
      width={props.width}
      height={props.height}
      source={props.series}
      itemSpacing={spacing}
      renderCounter={0}
      orientation={options.orientation ?? VizOrientation.Auto}
      minVizWidth={options.minVizWidth}
      minVizHeight={options.minVizHeight}
      maxVizHeight={options.maxVizHeight}
    />
  );
}
