// One command for both checks that need data and for the pictures: starts the demo exporter and a Prometheus
// (run/stack.mjs) unless --prometheus is given, lets it scrape, then in headless Chromium runs every panel's
// queries and transformations with Grafana's packages, checks the transformed tables, renders each dashboard of
// grafana/dashboards/ to <out>/<dashboard uid>.png and fails if a panel errors, is empty or shows "No data".
//
//   node run/main.mjs [--out DIR] [--minutes N] [--prometheus URL]
import { readdir, readFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBrowser, openPage } from './browser.mjs';
import { checkPanels } from './panels.mjs';
import { startServer } from './server.mjs';
import { scrapeInterval, startStack } from './stack.mjs';
import { checkTransformations } from './transformations.mjs';

const here = new URL('..', import.meta.url).pathname;
const root = resolve(here, '../..');
const { values: args } = parseArgs({
  options: { out: { type: 'string', default: join(root, 'docs/images') }, minutes: { type: 'string', default: '2' }, prometheus: { type: 'string' } },
});
const widthPx = 1600;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

const dashboardsDir = join(root, 'grafana/dashboards');
const dashboards = await Promise.all(
  (await readdir(dashboardsDir)).filter((f) => f.endsWith('.json')).sort().map(async (f) => JSON.parse(await readFile(join(dashboardsDir, f), 'utf8'))),
);

const stack = args.prometheus ? { prometheusUrl: args.prometheus, stop: async () => {}, logs: () => '' } : await startStack(root);
const failures = [];
let server;
let browser;
try {
  const scrapeFrom = Date.now();
  const scrapeMs = Number(args.minutes) * 60000;
  if (!args.prometheus) {
    console.log(`[${elapsed()}] exporter and Prometheus up; scraping every ${scrapeInterval} for ${args.minutes} min`);
    await new Promise((r) => setTimeout(r, scrapeMs));
  }
  const toMs = Math.floor(Date.now() / 1000) * 1000;
  const fromMs = args.prometheus ? toMs - scrapeMs : Math.ceil((scrapeFrom + 2000) / 1000) * 1000;
  server = await startServer(join(here, 'dist'), stack.prometheusUrl);
  browser = await openBrowser();
  await mkdir(args.out, { recursive: true });
  for (const dashboard of dashboards) {
    const job = { dashboard, fromMs, toMs, scrapeInterval, widthPx };
    const transformPage = await openPage(browser, server.url);
    const transformed = await transformPage.page.evaluate((j) => window.transformPanels(j), job);
    failures.push(...(await checkTransformations(dashboard, transformed, stack.prometheusUrl)), ...transformPage.problems);
    await transformPage.page.close();

    const renderPage = await openPage(browser, server.url);
    const reports = await renderPage.page.evaluate((j) => window.renderDashboard(j), job);
    // The whole dashboard in the viewport: the table grid draws only rows it sees on screen.
    const height = await renderPage.page.evaluate(() => document.documentElement.scrollHeight);
    await renderPage.page.setViewportSize({ width: widthPx, height });
    await renderPage.page.waitForTimeout(1000);
    failures.push(...(await checkPanels(renderPage.page, dashboard, reports)), ...renderPage.problems);
    const file = join(args.out, `${dashboard.uid}.png`);
    await renderPage.page.screenshot({ path: file, fullPage: true });
    console.log(`[${elapsed()}] ${dashboard.title}: ${reports.length} panels rendered to ${file}`);
    await renderPage.page.close();
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser?.close();
  await server?.close();
  if (failures.length) {
    console.log(stack.logs());
  }
  await stack.stop();
}
for (const failure of failures) {
  console.log(`FAIL ${failure}`);
}
console.log(`[${elapsed()}] dashboards: ${failures.length === 0 ? 'all panels rendered with data' : `${failures.length} problems`}`);
process.exit(failures.length ? 1 : 0);
