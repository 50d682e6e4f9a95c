// The demo exporter and a Prometheus scraping it every second with the project's rule files, on free loopback
// ports with a temporary data directory, like the end-to-end tests' stack (tests/.../EndToEnd/Stack).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const scrapeInterval = '1s';
export const job = 'upcloud-gateway';

export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(name, command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.exitInfo = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.label = name;
  child.output = () => output;
  return child;
}

async function waitReady(child, url, limitMs) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${child.label} exited during start-up:\n${child.output()}`);
    }
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.label} was not ready at ${url} within ${limitMs / 1000}s:\n${child.output()}`);
}

async function stop(child) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await child.exitInfo;
  }
}

/** Starts both and returns { prometheusUrl, exporterUrl, stop }. */
export async function startStack(root) {
  const dir = await mkdtemp(join(tmpdir(), 'upcloud-dashboards-'));
  const children = [];
  const stopAll = async () => {
    for (const child of children.reverse()) {
      await stop(child);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const exporterPort = await freePort();
    const dll = process.env.EXPORTER_DLL ?? join(root, 'src/UpCloud.GatewayExporter/bin/Release/net10.0/upcloud-gateway-exporter.dll');
    const exporterArgs = ['--demo', '--UPCLOUD_POLL_INTERVAL', scrapeInterval, '--web.listen-address', `127.0.0.1:${exporterPort}`];
    const exporter = existsSync(dll)
      ? start('exporter', 'dotnet', [dll, ...exporterArgs], dir)
      : start('exporter', 'dotnet', ['run', '--project', join(root, 'src/UpCloud.GatewayExporter'), '-c', 'Release', '--', ...exporterArgs], dir);
    children.push(exporter);
    const exporterUrl = `http://127.0.0.1:${exporterPort}`;
    await waitReady(exporter, `${exporterUrl}/readyz`, existsSync(dll) ? 30000 : 300000);

    const rulesDir = join(root, 'deploy/prometheus/rules');
    const rules = (await readdir(rulesDir)).filter((f) => f.endsWith('.yml')).sort().map((f) => JSON.stringify(join(rulesDir, f)));
    const config = [
      'global:',
      `  scrape_interval: ${scrapeInterval}`,
      `  scrape_timeout: ${scrapeInterval}`,
      `  evaluation_interval: ${scrapeInterval}`,
      'rule_files:',
      ...rules.map((r) => `  - ${r}`),
      'scrape_configs:',
      `  - job_name: ${job}`,
      '    static_configs:',
      `      - targets: ["127.0.0.1:${exporterPort}"]`,
      '',
    ].join('\n');
    await writeFile(join(dir, 'prometheus.yml'), config);
    const prometheusPort = await freePort();
    const prometheus = start('prometheus', 'prometheus', [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${prometheusPort}`,
      '--log.level=warn',
    ], dir);
    children.push(prometheus);
    const prometheusUrl = `http://127.0.0.1:${prometheusPort}`;
    await waitReady(prometheus, `${prometheusUrl}/-/ready`, 30000);
    return { prometheusUrl, exporterUrl, stop: stopAll, logs: () => children.map((c) => `--- ${c.label}\n${c.output()}`).join('\n') };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
