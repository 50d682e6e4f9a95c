#!/usr/bin/env bash
# Checks and renders the dashboards of grafana/dashboards with Grafana's own npm packages (docs/dashboards.md):
#
#   grafana/render/run.sh [--out DIR] [--minutes N]     (default: docs/images, 2 minutes of scraping)
#
# 1. installs the pinned packages (npm ci) when node_modules is missing or older than package-lock.json;
# 2. type-checks the page's TypeScript (tsconfig.json) and bundles it (build.mjs, esbuild);
# 3. checks the dashboards against @grafana/schema, with its self-tests (schema/check.mjs);
# 4. starts the exporter with --demo and a Prometheus scraping it every second, lets it scrape, checks every
#    panel with transformations and renders each dashboard to DIR/<uid>.png in headless Chromium, failing if a
#    panel errors, is empty or shows "No data" (run/main.mjs).
#
# Needs Node.js 20 and npm, the .NET SDK (the Release build of the exporter is used when present), Prometheus,
# Debian's chromium and fonts-inter (apt-get install prometheus chromium fonts-inter).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

for tool in node npm dotnet prometheus; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "$0: ${CHROMIUM:-/usr/bin/chromium} not found (apt-get install chromium)" >&2; exit 1; }
[ -d /usr/share/fonts/opentype/inter ] || { echo "$0: Grafana's font Inter not found (apt-get install fonts-inter)" >&2; exit 1; }

if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
(cd "$here" && node node_modules/typescript/bin/tsc -p .)
node "$here/build.mjs"
node "$here/schema/check.mjs" --self-test
node "$here/run/main.mjs" "$@"
