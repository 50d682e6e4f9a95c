// Grafana's app fills the transformer registry at start-up; here it gets every transformer @grafana/data ships.
// transformDataFrame passes data through unchanged for an id it does not know, so an unknown id fails here
// instead of silently doing nothing.
import { standardTransformers, standardTransformersRegistry, type DataTransformerConfig, type DataTransformerInfo } from '@grafana/data';

// Some are exported under two names (seriesToColumns is joinByField); the registry takes each id once.
standardTransformersRegistry.setInit(() => {
  const byId = new Map<string, DataTransformerInfo>();
  for (const info of Object.values(standardTransformers as Record<string, DataTransformerInfo>)) {
    if (!byId.has(info.id)) {
      byId.set(info.id, info);
    }
  }
  return [...byId.values()].map((info) => ({
    id: info.id,
    name: info.name,
    description: info.description,
    defaultOptions: info.defaultOptions,
    transformation: () => Promise.resolve(info),
    // The editor and its pictures belong to the app's transformation UI; nothing here edits.
    editor: () => null,
    imageDark: '',
    imageLight: '',
  }));
});

export function requireTransformers(configs: DataTransformerConfig[]): void {
  for (const config of configs) {
    if (!standardTransformersRegistry.getIfExists(config.id)) {
      throw new Error(`transformation "${config.id}" is not one of @grafana/data's transformers`);
    }
  }
}
