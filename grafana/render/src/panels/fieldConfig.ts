// Field config as a Grafana panel applies it: the panel plugin's defaults merged under the saved options
// (getPanelOptionsWithDefaults in the app), then @grafana/data's applyFieldOverrides with a registry of the
// standard properties (with @grafana/data's own override processors) and of the panel's custom properties.
import {
  FieldConfigOptionsRegistry,
  applyFieldOverrides,
  booleanOverrideProcessor,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  identityOverrideProcessor,
  numberOverrideProcessor,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
  type DataFrame,
  type FieldConfigPropertyItem,
  type FieldConfigSource,
  type GrafanaTheme2,
} from '@grafana/data';
import { merge } from 'lodash';
import { panelDefaults } from './panelDefaults';

const standard: Record<string, FieldConfigPropertyItem['process']> = {
  unit: unitOverrideProcessor,
  min: numberOverrideProcessor,
  max: numberOverrideProcessor,
  decimals: numberOverrideProcessor,
  fieldMinMax: booleanOverrideProcessor,
  filterable: booleanOverrideProcessor,
  displayName: displayNameOverrideProcessor,
  noValue: stringOverrideProcessor,
  thresholds: thresholdsOverrideProcessor,
  mappings: valueMappingsOverrideProcessor,
  links: dataLinksOverrideProcessor,
  color: identityOverrideProcessor,
  actions: identityOverrideProcessor,
  description: stringOverrideProcessor,
};

function item(id: string, path: string, process: FieldConfigPropertyItem['process'], isCustom: boolean): FieldConfigPropertyItem {
  return { id, path, name: id, process, isCustom, shouldApply: () => true, override: () => null, editor: () => null } as FieldConfigPropertyItem;
}

export function panelFieldConfig(type: string, saved: FieldConfigSource | undefined): FieldConfigSource {
  const defaults = panelDefaults(type);
  const fieldConfig = merge({ defaults: { custom: {} }, overrides: [] }, { defaults: { custom: defaults.custom } }, saved ?? {});
  return fieldConfig as FieldConfigSource;
}

/** The registry: every standard property, and a custom property for each custom key the panel sets or overrides. */
function registryFor(fieldConfig: FieldConfigSource): FieldConfigOptionsRegistry {
  const custom = new Set(Object.keys(fieldConfig.defaults.custom ?? {}));
  for (const rule of fieldConfig.overrides) {
    for (const prop of rule.properties) {
      if (prop.id.startsWith('custom.')) {
        custom.add(prop.id.slice('custom.'.length));
      }
    }
  }
  return new FieldConfigOptionsRegistry(() => [
    ...Object.entries(standard).map(([id, process]) => item(id, id, process, false)),
    ...[...custom].map((path) => item(`custom.${path}`, path, identityOverrideProcessor, true)),
  ]);
}

export function withFieldConfig(series: DataFrame[], fieldConfig: FieldConfigSource, theme: GrafanaTheme2): DataFrame[] {
  return applyFieldOverrides({
    data: series,
    fieldConfig,
    fieldConfigRegistry: registryFor(fieldConfig),
    replaceVariables: (value: string) => value,
    theme,
    timeZone: 'utc',
  });
}
