// Serves the bundled page (dist/) and forwards /api/v1/ to Prometheus, so the page queries Prometheus on its own
// origin, as Grafana's frontend reaches a data source through Grafana's server. Also serves what Grafana's server
// would under /public: @grafana/ui's icons (shipped in its package) and the Inter font of Grafana's theme, taken
// from Debian's fonts-inter.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const here = new URL('..', import.meta.url).pathname;
const publicPaths = [
  [/^\/public\/build\/img\/icons\/(.+\.svg)$/, (m) => join(here, 'node_modules/@grafana/ui/dist/public/img/icons', m[1])],
  [/^\/public\/fonts\/inter\/(Inter-\w+)\.woff2$/, (m) => `/usr/share/fonts/opentype/inter/${m[1]}.otf`],
];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.otf': 'font/otf' };

export async function startServer(distDir, prometheusUrl) {
  const server = createServer(async (req, res) => {
    try {
      if (req.url.startsWith('/api/v1/')) {
        const body = await new Promise((resolve) => {
          const chunks = [];
          req.on('data', (c) => chunks.push(c));
          req.on('end', () => resolve(Buffer.concat(chunks)));
        });
        const upstream = await fetch(prometheusUrl + req.url, {
          method: req.method,
          headers: { 'content-type': req.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
          body: req.method === 'POST' ? body : undefined,
        });
        res.writeHead(upstream.status, { 'content-type': 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const mapped = publicPaths.map(([re, to]) => [re.exec(path), to]).find(([m]) => m);
      const file = mapped ? mapped[1](mapped[0]) : join(distDir, path === '/' ? 'index.html' : path);
      const content = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(content);
    } catch (error) {
      res.writeHead(404);
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
