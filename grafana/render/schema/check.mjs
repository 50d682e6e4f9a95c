// Validates dashboard JSON against the dashboard model Grafana publishes in @grafana/schema (see generate.mjs)
// with the TypeScript compiler, and checks its data source variables (datasources.mjs).
//
//   node schema/check.mjs [--self-test] [dashboard.json ...]     (default: grafana/dashboards/*.json)
//
// --self-test first breaks a copy of the first dashboard in each way the check must catch (an unknown panel
// type, a missing datasource variable, a misspelt field in the dashboard, an annotation, its query, a panel, its
// options and its field config) and fails unless every broken copy is rejected for that reason.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import ts from 'typescript';
import { checkDatasources } from './datasources.mjs';
import { generate } from './generate.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = resolve(here, '../../..');
const args = process.argv.slice(2);
const selfTest = args.includes('--self-test');
const files = args.filter((a) => !a.startsWith('--'));
const paths = files.length ? files : readdirSync(join(root, 'grafana/dashboards')).filter((f) => f.endsWith('.json')).sort().map((f) => join(root, 'grafana/dashboards', f));

/** Checks named dashboards in one compiler run; returns name -> problems. */
function check(named) {
  const out = join(here, '.generated');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const results = new Map();
  const sources = new Map();
  for (const [name, dashboard] of named) {
    const file = join(out, `${name.replace(/\W/g, '_')}.ts`);
    const { source, problems } = generate(dashboard);
    writeFileSync(file, source);
    sources.set(file, name);
    results.set(name, [...problems, ...checkDatasources(dashboard)]);
  }
  const program = ts.createProgram([...sources.keys()], {
    strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, types: [],
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file && sources.get(d.file.fileName);
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n    ');
    if (!name) {
      results.set('(compiler)', [...(results.get('(compiler)') ?? []), message]);
      continue;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const lines = d.file.text.split('\n').slice(0, line + 1);
    const context = lines.reverse().find((l) => l.startsWith('// panel')) ?? '// dashboard';
    results.get(name).push(`${context.slice(3)}: line ${line + 1} of ${basename(d.file.fileName)}: ${message}`);
  }
  rmSync(out, { recursive: true, force: true });
  return results;
}

function brokenCopies(dashboard) {
  const copy = () => structuredClone(dashboard);
  const panels = (d) => (d.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]);
  const graph = (d) => panels(d).find((p) => p.type === 'timeseries');
  return [
    ['an unknown panel type', /unknown panel type "timeseriez"/, (d) => { graph(d).type = 'timeseriez'; }],
    ['no datasource variable', /names no datasource variable/, (d) => { d.templating.list = d.templating.list.filter((v) => v.type !== 'datasource'); }],
    ['an unknown dashboard field', /"refesh"' does not exist/, (d) => { d.refesh = '1m'; }],
    ['an unknown annotation field', /"titelFormat"' does not exist/, (d) => { d.annotations.list.at(-1).titelFormat = 'x'; }],
    ['an unknown field in an annotation query', /"exp"' does not exist/, (d) => { d.annotations.list.at(-1).target.exp = 'up'; }],
    ['an unknown panel field', /"descripton"' does not exist/, (d) => { graph(d).descripton = 'x'; }],
    ['an unknown panel option', /"tooltipp"' does not exist/, (d) => { graph(d).options.tooltipp = {}; }],
    ['an unknown custom field option', /"lineWidht"' does not exist/, (d) => { graph(d).fieldConfig.defaults.custom.lineWidht = 1; }],
    ['an override of an unknown property', /"custom.lineWidht"|'"lineWidht"' is not assignable/, (d) => { graph(d).fieldConfig.overrides.push({ matcher: { id: 'byName', options: 'x' }, properties: [{ id: 'custom.lineWidht', value: 1 }] }); }],
    ['a value outside an enum', /"curvy"/, (d) => { graph(d).fieldConfig.defaults.custom.drawStyle = 'curvy'; }],
  ].map(([name, expected, breakIt]) => { const d = copy(); breakIt(d); return { name, expected, dashboard: d }; });
}

const dashboards = paths.map((p) => [basename(p), JSON.parse(readFileSync(p, 'utf8'))]);
const cases = selfTest ? brokenCopies(dashboards[0][1]) : [];
const results = check([...dashboards, ...cases.map((c) => [`broken: ${c.name}`, c.dashboard])]);
let failed = 0;
for (const [name] of dashboards) {
  const problems = results.get(name);
  failed += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name} against @grafana/schema's dashboard model`);
  problems.forEach((p) => console.log(`     ${p}`));
}
for (const c of cases) {
  const problems = results.get(`broken: ${c.name}`);
  const caught = problems.some((p) => c.expected.test(p));
  failed += caught ? 0 : 1;
  console.log(`${caught ? 'ok  ' : 'FAIL'} self-test: rejects a dashboard with ${c.name}${caught ? '' : `; problems were:\n     ${problems.join('\n     ') || '(none)'}`}`);
}
for (const p of results.get('(compiler)') ?? []) {
  failed += 1;
  console.log(`FAIL compiler: ${p}`);
}
console.log(`schema: ${dashboards.length + cases.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
