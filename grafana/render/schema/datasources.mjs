// Every data source reference that names a variable (uid "${datasource}") must name a datasource variable of the
// dashboard whose plugin type is the reference's type; a panel without a resolvable data source shows an error.
const variableRef = /^\$\{?(\w+)(?::\w+)?\}?$/;

function* references(dashboard) {
  for (const a of dashboard.annotations?.list ?? []) {
    yield [`annotation ${JSON.stringify(a.name)}`, a.datasource];
  }
  for (const v of dashboard.templating?.list ?? []) {
    yield [`variable ${v.name}`, v.datasource];
  }
  for (const p of (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])])) {
    yield [`panel ${JSON.stringify(p.title)}`, p.datasource];
    for (const t of p.targets ?? []) {
      yield [`panel ${JSON.stringify(p.title)} target ${t.refId}`, t.datasource];
    }
  }
}

export function checkDatasources(dashboard) {
  const variables = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  const problems = [];
  for (const [where, ref] of references(dashboard)) {
    const m = ref && typeof ref.uid === 'string' ? variableRef.exec(ref.uid) : null;
    if (!m) {
      continue;
    }
    const variable = variables.get(m[1]);
    if (!variable || variable.type !== 'datasource') {
      problems.push(`${where}: data source ${ref.uid} names no datasource variable of the dashboard`);
    } else if (ref.type && variable.query !== ref.type) {
      problems.push(`${where}: data source ${ref.uid} is a ${ref.type} reference, the variable lists ${variable.query} data sources`);
    }
  }
  return problems;
}
