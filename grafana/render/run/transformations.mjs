// Checks the panels with transformations, as @grafana/data ran them in the page on the demo fleet's data:
// every such panel yields rows; every organize step leaves exactly the columns it lists, in its order, renamed;
// and "Why tunnels are down" has one row per tunnel that is not established, with the reason the API gave.
const whyDownColumns = ['Gateway', 'Connection', 'Tunnel', 'State', 'Last down message', 'Last down at', 'Bad log events'];

function organizeColumns(options) {
  const excluded = options.excludeByName ?? {};
  const rename = options.renameByName ?? {};
  return Object.entries(options.indexByName ?? {})
    .filter(([name]) => !excluded[name])
    .sort(([, a], [, b]) => a - b)
    .map(([name]) => rename[name] || name);
}

async function instant(prometheusUrl, expr, timeMs) {
  const body = new URLSearchParams({ query: expr, time: String(timeMs / 1000) });
  const answer = await (await fetch(`${prometheusUrl}/api/v1/query`, { method: 'POST', body })).json();
  if (answer.status !== 'success') {
    throw new Error(`${expr}: ${answer.error}`);
  }
  return answer.data.result;
}

const key = (m) => `${m.gateway} / ${m.connection} / ${m.tunnel}`;

/**
 * The truth, read straight from Prometheus at the panel's evaluation time with plain selectors. A tunnel of a gateway
 * its owner stopped on purpose (configured state "stopped") is down with that as its state, whatever the API says.
 */
async function downTunnels(prometheusUrl, timeMs) {
  const states = await instant(prometheusUrl, 'upcloud_gateway_tunnel_state == 1', timeMs);
  const messages = await instant(prometheusUrl, 'upcloud_gateway_tunnel_last_down_info', timeMs);
  const stamps = await instant(prometheusUrl, 'upcloud_gateway_tunnel_last_down_timestamp_seconds', timeMs);
  const stopped = new Set((await instant(prometheusUrl, 'upcloud_gateway_configured_state{state="stopped"} == 1', timeMs))
    .map((s) => s.metric.gateway_uuid));
  const down = new Map();
  for (const s of states.filter((s) => s.metric.state !== 'established')) {
    const state = stopped.has(s.metric.gateway_uuid) ? 'gateway stopped on purpose' : s.metric.state;
    down.set(key(s.metric), { state, message: '', at: null });
  }
  for (const m of messages) {
    if (down.has(key(m.metric))) {
      down.get(key(m.metric)).message = m.metric.message;
    }
  }
  for (const t of stamps) {
    if (down.has(key(t.metric))) {
      down.get(key(t.metric)).at = Number(t.value[1]) * 1000;
    }
  }
  return down;
}

function rowsOf(frame) {
  return Array.from({ length: frame.fields[0]?.values.length ?? 0 }, (_, i) =>
    Object.fromEntries(frame.fields.map((f) => [f.displayName, f.values[i]])));
}

async function checkWhyDown(dashboardTitle, panel, frame, prometheusUrl, fail) {
  const where = `${dashboardTitle} / ${panel.title}`;
  const columns = frame.fields.map((f) => f.displayName);
  if (JSON.stringify(columns) !== JSON.stringify(whyDownColumns)) {
    fail(`${where}: columns ${JSON.stringify(columns)}, expected ${JSON.stringify(whyDownColumns)}`);
  }
  const evaluatedAt = panel.raw.flatMap((f) => f.fields.filter((x) => x.name === 'Time').flatMap((x) => x.values))[0];
  const truth = await downTunnels(prometheusUrl, evaluatedAt);
  if (![...truth.values()].some((t) => t.message)) {
    fail(`${where}: the demo fleet had no tunnel down with a message at ${new Date(evaluatedAt).toISOString()}, so nothing was checked`);
  }
  const rows = rowsOf(frame);
  const seen = new Set();
  for (const row of rows) {
    const k = `${row.Gateway} / ${row.Connection} / ${row.Tunnel}`;
    const expected = truth.get(k);
    if (seen.has(k)) {
      fail(`${where}: ${k} has more than one row`);
    }
    seen.add(k);
    if (!expected) {
      fail(`${where}: row ${k} (${row.State}) is not a tunnel that is down`);
      continue;
    }
    if (row.State !== expected.state) {
      fail(`${where}: ${k} shows state ${row.State}, Prometheus has ${expected.state}`);
    }
    if ((row['Last down message'] ?? '') !== expected.message) {
      fail(`${where}: ${k} shows message ${JSON.stringify(row['Last down message'])}, the API gave ${JSON.stringify(expected.message)}`);
    }
    if ((row['Last down at'] ?? null) !== expected.at) {
      fail(`${where}: ${k} shows last down at ${row['Last down at']}, Prometheus has ${expected.at}`);
    }
  }
  for (const k of truth.keys()) {
    if (!seen.has(k)) {
      fail(`${where}: ${k} is ${truth.get(k).state} but has no row`);
    }
  }
  return `${rows.length} rows (${[...truth.values()].filter((t) => t.message).length} with a message), columns ${columns.join(', ')}`;
}

/** Returns the failures; prints one line per panel. */
export async function checkTransformations(dashboard, panels, prometheusUrl) {
  const failures = [];
  for (const panel of panels) {
    const fail = (message) => failures.push(message);
    const model = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]).find((p) => p.id === panel.id);
    const where = `${dashboard.title} / ${panel.title}`;
    const before = failures.length;
    const frame = panel.series[0];
    if (panel.error) {
      fail(`${where}: ${panel.error}`);
    } else if (!frame || frame.fields.length === 0 || frame.fields[0].values.length === 0) {
      fail(`${where}: the transformations (${panel.transformations.join(', ')}) left no rows`);
    }
    if (failures.length > before) {
      console.log(`FAIL transformations ${panel.transformations.join(' + ')}: ${where}`);
      continue;
    }
    for (const t of model.transformations.filter((t) => t.id === 'organize')) {
      const expected = organizeColumns(t.options);
      const actual = frame.fields.map((f) => f.displayName);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        fail(`${where}: columns ${JSON.stringify(actual)}, the organize step lists ${JSON.stringify(expected)}`);
      }
    }
    let detail = `${frame.fields[0].values.length} rows, columns ${frame.fields.map((f) => f.displayName).join(', ')}`;
    if (panel.title === 'Why tunnels are down') {
      detail = await checkWhyDown(dashboard.title, panel, frame, prometheusUrl, fail);
    }
    console.log(`${failures.length === before ? 'ok  ' : 'FAIL'} transformations ${panel.transformations.join(' + ')}: ${where}: ${detail}`);
  }
  return failures;
}
