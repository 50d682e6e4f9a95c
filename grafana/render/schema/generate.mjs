// Writes one TypeScript module per dashboard that states its JSON as literals checked against @grafana/schema:
// the dashboard against Dashboard, each panel against Panel or RowPanel, each panel's options and custom field
// config against the generated panel config of its type (raw/composable/<type>/panelcfg), each override property
// id against that type's field config, each Prometheus target against @grafana/prometheus's PromQuery, and each
// annotation against AnnotationQuery with a PromQuery target.
// A panel type without a generated panel config in @grafana/schema is reported as unknown.
import { readFileSync } from 'node:fs';

const here = new URL('..', import.meta.url).pathname;
const exportsMap = JSON.parse(readFileSync(`${here}node_modules/@grafana/schema/package.json`, 'utf8')).exports;
const panelConfigs = new Map(
  Object.keys(exportsMap)
    .map((key) => /^\.\/dist\/esm\/raw\/composable\/(\w+)\/panelcfg\/x\/\w+_types\.gen$/.exec(key))
    .filter(Boolean)
    .map((m) => [m[1], { module: `@grafana/schema${m[0].slice(1)}`, types: readFileSync(`${here}node_modules/@grafana/schema/${exportsMap[m[0]].types}`, 'utf8') }]),
);

const literal = (value) => JSON.stringify(value, null, 2);

export function generate(dashboard) {
  const problems = [];
  const imports = new Map();
  const lines = [];
  const { panels = [], annotations = {}, ...rest } = dashboard;
  const { list = [], ...container } = annotations;
  lines.push(`export const dashboard = ${literal({ ...rest, annotations: container })} satisfies Loose<Dashboard>;`);
  list.forEach((annotation, i) =>
    lines.push(`export const annotation${i} = ${literal(annotation)} satisfies Loose<AnnotationQuery<PromQuery>> & PromAnnotationFields;`));
  const all = panels.flatMap((p) => [p, ...(p.panels ?? [])]);
  all.forEach((panel, i) => {
    const name = `panel${i}`;
    const where = `panel ${JSON.stringify(panel.title)} (${panel.type})`;
    lines.push(`// ${where}`);
    if (panel.type === 'row') {
      lines.push(`export const ${name} = ${literal(panel)} satisfies Loose<RowPanel>;`);
      return;
    }
    lines.push(`export const ${name} = ${literal(panel)} satisfies Loose<Panel>;`);
    const config = panelConfigs.get(String(panel.type).replace(/-/g, ''));
    if (!config) {
      problems.push(`${where}: unknown panel type "${panel.type}": @grafana/schema has no panel config for it`);
      return;
    }
    const ns = `cfg_${String(panel.type).replace(/\W/g, '_')}`;
    imports.set(ns, config.module);
    // A panel config without a FieldConfig (stat, bar gauge) takes no custom field options.
    const customType = /export interface FieldConfig\b/.test(config.types) ? `${ns}.FieldConfig` : 'Record<string, never>';
    lines.push(`export const ${name}_options = ${literal(panel.options ?? {})} satisfies Loose<${ns}.Options>;`);
    lines.push(`export const ${name}_custom = ${literal(panel.fieldConfig?.defaults?.custom ?? {})} satisfies Loose<${customType}>;`);
    (panel.fieldConfig?.overrides ?? []).forEach((rule, r) =>
      rule.properties.forEach((prop, p) => {
        const custom = prop.id.startsWith('custom.');
        const key = custom ? prop.id.slice('custom.'.length).split('.')[0] : prop.id.split('.')[0];
        const type = custom ? customType : 'FieldConfig';
        lines.push(`export const ${name}_override${r}_${p}: keyof Loose<${type}> = ${literal(key)};`);
      }),
    );
    (panel.targets ?? []).forEach((target, t) => lines.push(`export const ${name}_target${t} = ${literal(target)} satisfies Loose<PromQuery>;`));
  });
  const header = [
    "import type { AnnotationQuery, Dashboard, FieldConfig, Panel, RowPanel } from '@grafana/schema';",
    "import type { PromQuery } from '@grafana/prometheus';",
    "import type { Loose, PromAnnotationFields } from '../loose';",
    ...[...imports].map(([ns, module]) => `import type * as ${ns} from '${module}';`),
  ];
  return { source: [...header, ...lines, ''].join('\n'), problems };
}
