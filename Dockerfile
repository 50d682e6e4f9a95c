# syntax=docker/dockerfile:1
#
# upcloud-gateway-exporter as a container: the Native AOT binary on Ubuntu chiseled runtime-deps
# (no shell, no package manager, no curl), running as UID 1654, needing no writable path.
#
#   docker build -t upcloud-gateway-exporter .
#   docker run --rm -p 9877:9877 --read-only --cap-drop ALL upcloud-gateway-exporter --demo
#
# The build stage runs on the target platform (Native AOT does not cross-compile between
# architectures without a cross toolchain), so `docker buildx build --platform linux/arm64` on an
# amd64 host builds under emulation: it works, slowly.

# Both stages use the same Ubuntu release (24.04 "noble", which is also what the plain `10.0` SDK
# tag is), so the binary never links against a newer glibc than the runtime image has.
ARG DOTNET_VERSION=10.0
# The image's version label must be the binary's version: VERSION defaults to <Version> of
# Directory.Build.props, the one source of the version (deploy/check.sh keeps this default equal to
# it), and the build fails if the binary reports another.
ARG VERSION=0.1.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}-noble AS build
# Native AOT needs a C toolchain to link (clang) and zlib headers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORKDIR /src

# Restore from the project and props files alone, so the package layer (including the Native AOT
# compiler packages) is rebuilt only when a project file or a package version changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/UpCloud.Api/UpCloud.Api.csproj src/UpCloud.Api/
COPY src/UpCloud.Simulator/UpCloud.Simulator.csproj src/UpCloud.Simulator/
COPY src/UpCloud.GatewayExporter/UpCloud.GatewayExporter.csproj src/UpCloud.GatewayExporter/
RUN dotnet restore src/UpCloud.GatewayExporter

# .editorconfig takes part in the build (code style is enforced, warnings are errors).
COPY .editorconfig ./
COPY src/ src/
# The command CI runs (see .ci/run), so the image builds exactly what CI checks.
RUN dotnet publish src/UpCloud.GatewayExporter -c Release -o /out

ARG VERSION
RUN built="$(/out/upcloud-gateway-exporter --version)" \
 && if [ "$built" != "$VERSION" ]; then \
      echo "VERSION build argument '$VERSION' is not the binary's version '$built'" >&2; exit 1; \
    fi


FROM mcr.microsoft.com/dotnet/runtime-deps:${DOTNET_VERSION}-noble-chiseled

ARG VERSION
ARG REVISION=unknown
LABEL org.opencontainers.image.title="upcloud-gateway-exporter" \
      org.opencontainers.image.description="Prometheus exporter for UpCloud network gateways: NAT, IPsec tunnels and IKE SAs." \
      org.opencontainers.image.source="https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter" \
      org.opencontainers.image.url="https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"

# - ASPNETCORE_HTTP_PORTS: the base image sets 8080; the exporter binds its own default
#   (http://0.0.0.0:9877, or --urls / ASPNETCORE_URLS), and an unset value avoids a start-up
#   warning about overriding it.
# - DOTNET_EnableDiagnostics=0: no diagnostics IPC socket in /tmp, so the root file system can be
#   read-only without any writable mount (dotnet-trace/dotnet-counters cannot attach).
# - DOTNET_hostBuilder__reloadConfigOnChange=false: appsettings.json (an optional file in the
#   working directory /app) is read once; no inotify watchers, whose per-user limit is shared by
#   every container of the same UID on a node.
ENV ASPNETCORE_HTTP_PORTS="" \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_hostBuilder__reloadConfigOnChange=false

WORKDIR /app
COPY --from=build --chown=0:0 /out/upcloud-gateway-exporter /app/upcloud-gateway-exporter

# The chiseled image's non-root "app" user, numeric so that Kubernetes' runAsNonRoot can verify it.
USER 1654:1654
EXPOSE 9877

# The binary probes its own /healthz (no curl in the image). It probes http://127.0.0.1:9877/healthz:
# if you move the port with --urls, give the URL: --health-check http://127.0.0.1:PORT/healthz, in an
# exec-form test (compose's ["CMD", ...]); `docker run --health-cmd` needs a shell, which is not here.
HEALTHCHECK --interval=30s --timeout=10s --start-period=15s --retries=3 \
  CMD ["/app/upcloud-gateway-exporter", "--health-check"]

ENTRYPOINT ["/app/upcloud-gateway-exporter"]
