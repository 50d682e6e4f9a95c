#!/usr/bin/env bash
# Builds local STAND-INS for the two base images the Dockerfile names, from Debian 12's packages,
# and tags them with those names, so that the shipped Dockerfile builds unchanged on a machine
# that cannot pull from mcr.microsoft.com. They are not Microsoft's images:
#
#   SDK stand-in      Debian 12 (mmdebstrap, minbase) with this machine's own .NET SDK copied to
#                     /usr/share/dotnet, the packages and environment of the real SDK image that a
#                     build stage may use (apt, curl, git, ICU, the user "app" 1654), apt pointed at
#                     the host's Debian sources and apt settings, and the host's local CA
#                     certificates, so that NuGet restore reaches whatever package source the host
#                     reaches.
#   runtime stand-in  what the chiseled runtime-deps image is cut from, taken from the same Debian
#                     packages: base-files' directories and os-release, the CA bundle, the shared
#                     libraries of libc6, libgcc-s1, libssl3 and libstdc++6, /etc/passwd and
#                     /etc/group with root and app (1654), /home/app, USER 1654. No shell, no
#                     package manager, no zlib, no tzdata: neither is in the real image.
#
# The real images are Ubuntu 24.04 (glibc 2.39); these are Debian 12 (glibc 2.36). The Dockerfile
# builds and runs on the same release either way, which is what matters to a Native AOT binary.
#
# Both images carry the label upcloud-gateway-exporter.stand-in (which the exporter image built
# on them inherits) and a recipe label: a hash of this script and of the SDK copied in. When both
# tags already hold images of the current recipe, nothing is rebuilt; --rebuild forces it.
#
# Needs root, a running Docker engine, mmdebstrap (installed with apt-get when missing), dotnet.
set -euo pipefail
export LC_ALL=C

say() { printf '[stand-in base images] %s\n' "$*"; }
die() { say "FAILED: $*" >&2; exit 1; }

root="$(cd "$(dirname "$0")/../.." && pwd)"
rebuild=false
[ "${1:-}" = --rebuild ] && rebuild=true

[ "$(id -u)" -eq 0 ] || die "needs root (mmdebstrap --mode=root, chroot)"
docker info >/dev/null 2>&1 || die "no Docker engine reachable (deploy/container/check.sh starts one)"

# The tags come from the Dockerfile's FROM lines, with its ARG defaults filled in.
dotnet_version="$(sed -n 's/^ARG DOTNET_VERSION=//p' "$root/Dockerfile")"
mapfile -t froms < <(sed -n 's/^FROM \([^ ]*\).*/\1/p' "$root/Dockerfile" | sed "s/\${DOTNET_VERSION}/$dotnet_version/")
[ "${#froms[@]}" -eq 2 ] || die "expected two FROM lines in the Dockerfile, found ${#froms[@]}"
sdk_tag="${froms[0]}" runtime_tag="${froms[1]}"
case "$sdk_tag $runtime_tag" in
  mcr.microsoft.com/dotnet/sdk:*" "mcr.microsoft.com/dotnet/runtime-deps:*) ;;
  *) die "unexpected base images in the Dockerfile: $sdk_tag, $runtime_tag" ;;
esac

command -v dotnet >/dev/null || die "dotnet not on PATH: the SDK stand-in copies this machine's SDK"
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
sdk_version="$(dotnet --version)"
case "$sdk_version" in "$dotnet_version".*) ;; *) die "this machine's SDK is $sdk_version, the Dockerfile wants $dotnet_version" ;; esac
runtime_version="$(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\) .*/\1/p' | sort -V | tail -n 1)"
aspnet_version="$(dotnet --list-runtimes | sed -n 's/^Microsoft.AspNetCore.App \([^ ]*\) .*/\1/p' | sort -V | tail -n 1)"
recipe="$( { sha256sum <"$0"; echo "$dotnet_root $sdk_version $runtime_version $aspnet_version"; } | sha256sum | cut -c1-16)"

label() { docker image inspect -f "{{index .Config.Labels \"$2\"}}" "$1" 2>/dev/null || true; }
if ! $rebuild && [ "$(label "$sdk_tag" upcloud-gateway-exporter.stand-in.recipe)" = "$recipe" ] &&
  [ "$(label "$runtime_tag" upcloud-gateway-exporter.stand-in.recipe)" = "$recipe" ]; then
  say "up to date (recipe $recipe): $sdk_tag and $runtime_tag are STAND-INS built here, not Microsoft's images"
  exit 0
fi

if ! command -v mmdebstrap >/dev/null; then
  say "installing mmdebstrap"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap; } \
    >/var/tmp/stand-in-apt.log 2>&1 || die "apt-get install mmdebstrap failed: $(tail -n 5 /var/tmp/stand-in-apt.log)"
fi

work="$(mktemp -d /var/tmp/stand-in-base-images.XXXXXX)"
trap 'rm -rf "$work"' EXIT
sdk="$work/sdk" runtime="$work/runtime"

# apt inside the SDK stand-in uses the host's Debian sources and the host's Acquire::Check-*
# settings (a mirror that serves a dated snapshot needs Check-Valid-Until "false").
sources=()
for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
  if [ -s "$f" ]; then sources=("$f"); break; fi
done
aptopts=()
for key in Acquire::Check-Valid-Until Acquire::Check-Date; do
  value="$(apt-config dump "$key" | sed -n "s/^$key \"\\(.*\\)\";$/\\1/p")"
  [ -n "$value" ] && aptopts+=("--aptopt=$key \"$value\"")
done

say "debootstrapping Debian 12 (bookworm, minbase) with mmdebstrap"
# The real SDK image has curl, git, wget and libatomic1 on top of runtime-deps (ICU, libssl,
# libstdc++, tzdata, zlib, CA certificates).
mmdebstrap --mode=root --variant=minbase --format=directory --quiet --dpkgopt=force-unsafe-io "${aptopts[@]}" \
  --include=ca-certificates,curl,git,wget,libatomic1,libicu72,libssl3,libstdc++6,libgcc-s1,tzdata,zlib1g \
  bookworm "$sdk" "${sources[@]}" || die "mmdebstrap failed (are Debian's package mirrors reachable?)"

say "cutting the runtime stand-in out of the same packages"
mkdir -p "$runtime"
for dir in usr/bin usr/sbin usr/lib usr/lib64 etc etc/ssl/certs home root tmp run run/lock var/cache var/lib var/log var/tmp; do
  install -d -m 0755 "$runtime/$dir"
done
chmod 01777 "$runtime/tmp" "$runtime/run/lock" "$runtime/var/tmp"
chmod 0700 "$runtime/root"
ln -s usr/bin "$runtime/bin"
ln -s usr/sbin "$runtime/sbin"
ln -s usr/lib "$runtime/lib"
ln -s usr/lib64 "$runtime/lib64"
ln -s /run "$runtime/var/run"
ln -s /run/lock "$runtime/var/lock"
# copy_from_sdk PATH: copies PATH of the SDK tree (a file or a symlink, not followed) to the same
# place in the runtime tree, with its directory resolved through the merged-/usr symlinks.
copy_from_sdk() {
  local dir
  dir="$(readlink -f "$sdk$(dirname "$1")")"
  dir="${dir#"$sdk"}"
  mkdir -p "$runtime$dir"
  cp -a "$sdk$1" "$runtime$dir/"
}
# The shared libraries (and OpenSSL's engines and providers) of each package, as chisel's *_libs
# slices cut them: no gconv modules, no gdb scripts, no documentation.
for package in libc6 libgcc-s1 libssl3 libstdc++6; do
  mapfile -t files < <(chroot "$sdk" dpkg -L "$package" |
    grep -E '^/(usr/)?lib(64)?/([^/]+-linux-gnu/)?((engines-3|ossl-modules)/)?[^/]+\.so(\.[0-9]+)*$')
  [ "${#files[@]}" -gt 0 ] || die "no shared libraries found in $package"
  for f in "${files[@]}"; do copy_from_sdk "$f"; done
done
for f in /etc/ssl/certs/ca-certificates.crt /etc/os-release /usr/lib/os-release /etc/debian_version; do
  copy_from_sdk "$f"
done
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:1654:1654::/home/app:/usr/sbin/nologin\n' >"$runtime/etc/passwd"
printf 'root:x:0:\napp:x:1654:\n' >"$runtime/etc/group"
install -d -m 0755 -o 1654 -g 1654 "$runtime/home/app"
for forbidden in sh bash dash apt dpkg; do
  [ ! -e "$runtime/usr/bin/$forbidden" ] || die "runtime stand-in has /usr/bin/$forbidden"
done

say "adding this machine's .NET SDK $sdk_version (runtime $runtime_version) from $dotnet_root"
cp -a "$dotnet_root" "$sdk/usr/share/dotnet"
ln -s ../share/dotnet/dotnet "$sdk/usr/bin/dotnet"
echo 'app:x:1654:1654::/home/app:/bin/sh' >>"$sdk/etc/passwd"
echo 'app:x:1654:' >>"$sdk/etc/group"
echo 'app:!:20000:0:99999:7:::' >>"$sdk/etc/shadow"
install -d -m 0755 -o 1654 -g 1654 "$sdk/home/app"
# The host's own CA certificates (a TLS-inspecting proxy's, say): NuGet in the build stage must
# trust the package source exactly as dotnet on the host does.
extra_cas=0
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$sdk/usr/local/share/ca-certificates/"
  extra_cas="$(find /usr/local/share/ca-certificates -maxdepth 1 -name '*.crt' | wc -l)"
  chroot "$sdk" update-ca-certificates >/dev/null 2>&1 || die "update-ca-certificates failed in the SDK stand-in"
fi
rm -rf "$sdk/var/lib/apt/lists/"* "$sdk/var/cache/apt/"*.bin

stand_in_labels=(
  --change "LABEL upcloud-gateway-exporter.stand-in=\"built from Debian 12 packages by deploy/container/base-images.sh; NOT Microsoft's image\""
  --change "LABEL upcloud-gateway-exporter.stand-in.recipe=\"$recipe\""
)
say "importing $sdk_tag (STAND-IN)"
tar --numeric-owner -C "$sdk" -c . | docker import \
  "${stand_in_labels[@]}" \
  --change "LABEL upcloud-gateway-exporter.stand-in.for=\"$sdk_tag\"" \
  --change "LABEL org.opencontainers.image.title=\"STAND-IN for $sdk_tag\"" \
  --change "LABEL org.opencontainers.image.description=\"Debian 12 with the .NET SDK $sdk_version of the machine that built it\"" \
  --change "ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true DOTNET_VERSION=$runtime_version ASPNET_VERSION=$aspnet_version DOTNET_SDK_VERSION=$sdk_version DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_NOLOGO=true DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip" \
  --change "CMD [\"/bin/bash\"]" \
  - "$sdk_tag" >/dev/null
say "importing $runtime_tag (STAND-IN)"
tar --numeric-owner -C "$runtime" -c . | docker import \
  "${stand_in_labels[@]}" \
  --change "LABEL upcloud-gateway-exporter.stand-in.for=\"$runtime_tag\"" \
  --change "LABEL org.opencontainers.image.title=\"STAND-IN for $runtime_tag\"" \
  --change "LABEL org.opencontainers.image.description=\"Debian 12 libc6, libgcc-s1, libssl3, libstdc++6 libraries and CA certificates; no shell, no package manager\"" \
  --change "ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true" \
  --change "USER 1654" \
  - "$runtime_tag" >/dev/null

mb() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.1f MB", $1 / 1e6}'; }
say "STAND-IN $sdk_tag: $(mb "$sdk_tag") (Debian 12, .NET SDK $sdk_version, $extra_cas local CA certificate(s) of the host)"
say "STAND-IN $runtime_tag: $(mb "$runtime_tag") (Debian 12 libraries, no shell)"
say "recipe $recipe; these are not Microsoft's images: never push them"
