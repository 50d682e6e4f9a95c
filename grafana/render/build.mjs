// Bundles src/main.tsx for the browser into dist/ (app.js, app.css, index.html) with esbuild.
import { build } from 'esbuild';
import { writeFile, mkdir } from 'node:fs/promises';

const here = new URL('.', import.meta.url).pathname;
await mkdir(`${here}dist`, { recursive: true });
await build({
  entryPoints: [`${here}src/main.tsx`],
  outfile: `${here}dist/app.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.png': 'file', '.ttf': 'file' },
});
await writeFile(
  `${here}dist/index.html`,
  '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="app.css"></head>' +
    '<body class="theme-dark"><div id="root"></div><script type="module" src="app.js"></script></body></html>\n',
);
