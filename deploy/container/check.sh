#!/usr/bin/env bash
# Builds the container image from the shipped Dockerfile as upcloud-gateway-exporter:test and runs
# it locked down as docs/deployment/docker.md says (read-only root file system, every capability
# dropped, no-new-privileges) with --demo, on the host network. It proves that /metrics serves the
# demo fleet, the HEALTHCHECK turns healthy, the process runs as 1654, the image has no shell,
# TLS works in the image (OpenSSL loads), and the version label is the binary's --version; it
# prints the image size and the time from `docker run` to the first scrape.
#
# The base images are the STAND-INS of deploy/container/base-images.sh (Debian 12), built when
# missing: nothing is pulled. Uses the running Docker engine, or starts Debian's dockerd with
# --iptables=false --bridge=none (installing docker.io with apt-get when missing) and stops it on
# exit unless --keep-dockerd is given. Needs root. Exits 1, saying why, on any failure.
#
# The HEALTHCHECK probes http://127.0.0.1:9877/healthz, so the demo container must listen on 9877,
# and with host networking that is the host's port 9877: the script fails if it is taken.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
image=upcloud-gateway-exporter:test
port=9877
keep_dockerd=false
[ "${1:-}" = --keep-dockerd ] && keep_dockerd=true

say() { printf '[container] %s\n' "$*"; }
die() { printf '[container] FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
started="$(now)"

[ "$(id -u)" -eq 0 ] || die "needs root (it may install docker.io and start dockerd)"

tmp="$(mktemp -d)"
containers=()
dockerd_pid=""
cleanup() {
  local c
  for c in "${containers[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  if [ -n "$dockerd_pid" ] && kill -0 "$dockerd_pid" 2>/dev/null && ! $keep_dockerd; then
    say "stopping the dockerd this script started (pid $dockerd_pid)"
    kill "$dockerd_pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

apt_install() {
  say "installing $* (apt-get)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } \
    >"$tmp/apt.log" 2>&1 || die "apt-get install $* failed: $(tail -n 5 "$tmp/apt.log")"
}
missing=()
command -v curl >/dev/null || missing+=(curl)
command -v openssl >/dev/null || missing+=(openssl)
command -v python3 >/dev/null || missing+=(python3)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# The demo listens on the host's port 9877 (host networking), where the HEALTHCHECK probes it.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    ss -ltnp 2>/dev/null | grep -E ":$port\b" >&2 || true
    die "port $port is taken on this host: the image's HEALTHCHECK probes 127.0.0.1:$port, and with host networking the demo must listen there. Stop what listens on it."
  fi
}
require_free_port

# --- The Docker engine.
if docker info >/dev/null 2>&1; then
  say "using the running Docker engine ($(docker info -f '{{.ServerVersion}}'))"
else
  if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null; then apt_install docker.io; fi
  dockerd_log=/var/tmp/upcloud-gateway-exporter-dockerd.log
  say "starting dockerd --iptables=false --bridge=none (log: $dockerd_log)"
  dockerd --iptables=false --bridge=none >"$dockerd_log" 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 120); do
    docker info >/dev/null 2>&1 && break
    kill -0 "$dockerd_pid" 2>/dev/null || break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    kill -0 "$dockerd_pid" 2>/dev/null && why="did not answer within 60 s" || why="exited"
    sed 's/^/    dockerd: /' <(tail -n 20 "$dockerd_log") >&2
    die "Docker could not start: dockerd $why (see $dockerd_log above)"
  fi
  say "dockerd $(docker info -f '{{.ServerVersion}}') is up (storage $(docker info -f '{{.Driver}}'), cgroup v$(docker info -f '{{.CgroupVersion}}'))"
fi

# --- The stand-in base images and the build.
bash "$root/deploy/container/base-images.sh"
base_done="$(now)"

say "docker build -t $image . (the legacy builder, on the host network: see docs/deployment/docker.md)"
# DOCKER_BUILDKIT=0: Debian 12 ships no buildx, and BuildKit would fetch the frontend named by the
# Dockerfile's `# syntax=` line from Docker Hub. --network host: with --bridge=none, build
# containers have no other way to apt-get and to restore NuGet packages.
if ! DOCKER_BUILDKIT=0 docker build --network host \
  --build-arg "REVISION=$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
  -t "$image" . >"$tmp/build.log" 2>&1; then
  sed 's/^/    build: /' <(tail -n 60 "$tmp/build.log") >&2
  die "docker build failed (the last 60 lines are above)"
fi
build_done="$(now)"
say "built in $(seconds "$base_done" "$build_done") s ($(grep -c 'Using cache' "$tmp/build.log" || true) of $(grep -c '^Step ' "$tmp/build.log" || true) steps from the build cache)"

ok=0
failures=()
pass() { ok=$((ok + 1)); say "ok    $1"; }
fail() { failures+=("$1"); say "FAIL  $1"; }

label() { docker image inspect -f "{{index .Config.Labels \"$1\"}}" "$image"; }
stand_in="$(label upcloud-gateway-exporter.stand-in.for)"
if [ -n "$stand_in" ]; then
  pass "built on the STAND-IN of $stand_in (label upcloud-gateway-exporter.stand-in)"
else
  fail "the image does not carry the stand-in label: which base was it built on?"
fi

# --- The version label is the binary's --version.
version_label="$(label org.opencontainers.image.version)"
binary_version="$(docker run --rm --network none "$image" --version 2>&1 || true)"
if [ -n "$version_label" ] && [ "$version_label" = "$binary_version" ]; then
  pass "org.opencontainers.image.version $version_label = the binary's --version"
else
  fail "org.opencontainers.image.version '$version_label' is not the binary's --version '$binary_version'"
fi

# --- No shell: neither runnable nor anywhere in the file system.
if docker run --rm --network none --entrypoint /bin/sh "$image" -c true >"$tmp/sh.log" 2>&1; then
  fail "docker run --entrypoint /bin/sh succeeded: the image has a shell"
elif grep -q 'no such file or directory' "$tmp/sh.log"; then
  pass "docker run --entrypoint /bin/sh fails: no such file"
else
  fail "docker run --entrypoint /bin/sh failed for another reason: $(tail -n 1 "$tmp/sh.log")"
fi
containers+=(upcloud-gateway-exporter-check-export)
docker create --name upcloud-gateway-exporter-check-export "$image" >/dev/null
docker export upcloud-gateway-exporter-check-export | tar -tvf - >"$tmp/files"
shells="$(grep -E '(^|/)(sh|ash|bash|dash|zsh|busybox|apt|apt-get|dpkg|rpm)( -> .*)?$' "$tmp/files" | awk '{print $6}' || true)"
# Every executable regular file but shared libraries (the loader is one), the exporter, and the
# files Docker itself puts into every container (/.dockerenv, /dev, hostname, hosts, resolv.conf).
others="$(awk '$1 ~ /^-..x/ {print $6}' "$tmp/files" |
  grep -v -E '\.so(\.[0-9]+)*$|^app/upcloud-gateway-exporter$|^\.dockerenv$|^dev/|^etc/(hostname|hosts|resolv\.conf)$' || true)"
if [ -z "$shells$others" ]; then
  pass "docker export: no shell, no package manager; the only executable is /app/upcloud-gateway-exporter ($(wc -l <"$tmp/files") entries)"
else
  fail "docker export finds a shell, a package manager or another executable: $(echo "$shells" "$others" | tr '\n' ' ')"
fi

# --- The demo, locked down, on the host network.
require_free_port
locked_down=(--read-only --cap-drop ALL --security-opt no-new-privileges --network host)
containers+=(upcloud-gateway-exporter-check-demo)
run_started="$(now)"
docker run -d --name upcloud-gateway-exporter-check-demo "${locked_down[@]}" "$image" --demo >/dev/null
first_scrape="" fleet_scrape=""
for _ in $(seq 600); do
  if curl -fsS -o "$tmp/metrics" "http://127.0.0.1:$port/metrics" 2>/dev/null; then
    [ -n "$first_scrape" ] || first_scrape="$(now)"
    if grep -q '^upcloud_gateway_info{' "$tmp/metrics" && grep -qx 'upcloud_gateway_exporter_up 1' "$tmp/metrics"; then
      fleet_scrape="$(now)"
      break
    fi
  fi
  [ "$(docker inspect -f '{{.State.Running}}' upcloud-gateway-exporter-check-demo)" = true ] || break
  sleep 0.1
done
if [ -n "$fleet_scrape" ]; then
  gateways="$(grep -c '^upcloud_gateway_info{' "$tmp/metrics")"
  pass "/metrics serves the demo fleet: $gateways upcloud_gateway_info series, upcloud_gateway_exporter_up 1"
else
  sed 's/^/    demo: /' <(docker logs upcloud-gateway-exporter-check-demo 2>&1 | tail -n 20) >&2
  fail "/metrics did not serve the demo fleet within 60 s (container running: $(docker inspect -f '{{.State.Running}}' upcloud-gateway-exporter-check-demo))"
fi

# --- The process: UID and GID 1654, no capability, no-new-privileges.
pid="$(docker inspect -f '{{.State.Pid}}' upcloud-gateway-exporter-check-demo)"
if [ "$pid" -gt 0 ] 2>/dev/null && [ -r "/proc/$pid/status" ]; then
  ids="$(awk '/^(Uid|Gid):/ {print $2, $3, $4, $5}' "/proc/$pid/status" | tr '\n' ' ')"
  caps="$(awk '/^CapEff:/ {print $2}' "/proc/$pid/status")"
  nnp="$(awk '/^NoNewPrivs:/ {print $2}' "/proc/$pid/status")"
  if [ "$ids" = "1654 1654 1654 1654 1654 1654 1654 1654 " ] && [ "$caps" = 0000000000000000 ] && [ "$nnp" = 1 ]; then
    pass "the exporter process runs as UID/GID 1654 with no capability (CapEff 0) and NoNewPrivs 1"
  else
    fail "the exporter process: Uid/Gid '$ids', CapEff $caps, NoNewPrivs $nnp (expected 1654, 0, 1)"
  fi
else
  fail "the demo container has no running process to inspect"
fi

# --- TLS: /metrics over HTTPS with a web config and a throwaway certificate, mounted read-only.
tls="$tmp/tls"
mkdir -p "$tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' -keyout "$tls/server.key" -out "$tls/server.crt" 2>"$tmp/openssl.log" ||
  die "openssl could not make a test certificate: $(cat "$tmp/openssl.log")"
printf 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n' >"$tls/web-config.yml"
# UID 1654 reads them through the bind mount: the throwaway key may be world-readable.
chmod 0755 "$tls"
chmod 0444 "$tls"/*
tls_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
containers+=(upcloud-gateway-exporter-check-tls)
# --no-healthcheck: the image's probe speaks plain HTTP to port 9877, which is the demo above.
docker run -d --name upcloud-gateway-exporter-check-tls "${locked_down[@]}" --no-healthcheck \
  -v "$tls:/etc/upcloud-gateway-exporter:ro" \
  -e EXPORTER_WEB_CONFIG=/etc/upcloud-gateway-exporter/web-config.yml \
  -e EXPORTER_WEB_LISTEN_ADDRESS="127.0.0.1:$tls_port" \
  "$image" --demo >/dev/null
tls_ok=false
for _ in $(seq 300); do
  if curl -fsS --cacert "$tls/server.crt" -o "$tmp/tls-metrics" "https://127.0.0.1:$tls_port/metrics" 2>/dev/null &&
    grep -q '^upcloud_gateway_info{' "$tmp/tls-metrics"; then
    tls_ok=true
    break
  fi
  [ "$(docker inspect -f '{{.State.Running}}' upcloud-gateway-exporter-check-tls)" = true ] || break
  sleep 0.1
done
if $tls_ok && ! curl -fsS -o /dev/null "http://127.0.0.1:$tls_port/metrics" 2>/dev/null; then
  pass "TLS: https://127.0.0.1:$tls_port/metrics serves the demo with the test certificate (EXPORTER_WEB_CONFIG, mounted read-only); plain HTTP is refused"
else
  sed 's/^/    tls: /' <(docker logs upcloud-gateway-exporter-check-tls 2>&1 | tail -n 20) >&2
  fail "TLS: /metrics over HTTPS on port $tls_port did not serve the demo within 30 s, or plain HTTP was answered"
fi

# --- The HEALTHCHECK (interval 30 s): healthy once its first probe has passed.
health=""
for _ in $(seq 180); do
  health="$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' upcloud-gateway-exporter-check-demo)"
  [ "$health" = starting ] || break
  sleep 0.5
done
if [ "$health" = healthy ]; then
  pass "HEALTHCHECK: healthy after $(seconds "$run_started" "$(now)") s (the probe runs every 30 s)"
else
  docker inspect -f '{{json .State.Health}}' upcloud-gateway-exporter-check-demo >&2 || true
  fail "HEALTHCHECK: the demo container is '${health:-without a health check}', not healthy, after $(seconds "$run_started" "$(now)") s"
fi

size="$(docker image inspect -f '{{.Size}}' "$image")"
base="$(docker image inspect -f '{{.Size}}' "$stand_in" 2>/dev/null || echo 0)"
echo
say "image $image: $(awk -v s="$size" 'BEGIN { printf "%.1f MB", s / 1e6 }') ($(awk -v s="$size" -v b="$base" 'BEGIN { printf "%.1f MB", (s - b) / 1e6 }') on top of the $(awk -v b="$base" 'BEGIN { printf "%.1f MB", b / 1e6 }') STAND-IN base)"
if [ -n "$first_scrape" ]; then
  say "docker run to the first successful scrape of /metrics: $(seconds "$run_started" "$first_scrape") s; to the demo fleet in it: $(seconds "$run_started" "${fleet_scrape:-$first_scrape}") s"
fi
say "stand-in base images $(seconds "$started" "$base_done") s, docker build $(seconds "$base_done" "$build_done") s, all $(seconds "$started" "$(now)") s"
if [ ${#failures[@]} -gt 0 ]; then
  printf '[container] FAILED: %s\n' "${failures[@]}" >&2
  say "deploy/container/check.sh: ${#failures[@]} of $((ok + ${#failures[@]})) checks failed"
  exit 1
fi
say "deploy/container/check.sh: OK ($ok checks)"
