"""The Dockerfile and .dockerignore: stages, base images, the publish command, the project graph copied before restore, non-root USER, exec-form HEALTHCHECK and ENTRYPOINT, OCI labels."""
import glob
import json
import os
import posixpath
import re
import xml.etree.ElementTree as ET

from houserules.common import APP_UID, BINARY, EXPORTER_PROJECT, PORT, fail, path, read


def dockerfile_instructions():
    lines, cur = [], ""
    for raw in read("Dockerfile").splitlines():
        s = raw.strip()
        if not cur and (not s or s.startswith("#")):
            continue
        if cur and s.startswith("#"):
            continue
        if s.endswith("\\"):
            cur += s[:-1] + " "
            continue
        cur += s
        lines.append(cur)
        cur = ""
    out = []
    for l in lines:
        op, _, rest = l.partition(" ")
        out.append((op.upper(), rest.strip()))
    return out


def resolve(text, args):
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: args.get(m.group(1) or m.group(2), m.group(0)), text)


def project_closure(rel):
    seen, todo = [], [rel]
    while todo:
        p = posixpath.normpath(todo.pop())
        if p in seen:
            continue
        seen.append(p)
        if not os.path.exists(path(p)):
            fail(f"{p}: referenced project does not exist")
            continue
        for ref in ET.parse(path(p)).getroot().iter("ProjectReference"):
            inc = ref.get("Include", "").replace("\\", "/")
            todo.append(posixpath.join(posixpath.dirname(p), inc))
    return seen


def check_dockerfile():
    ins = dockerfile_instructions()
    args, stages = {}, []
    for op, rest in ins:
        if op == "ARG" and not stages:
            k, _, v = rest.partition("=")
            args[k.strip()] = v.strip()
        if op == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((op, rest))
    if len(stages) != 2:
        fail(f"Dockerfile: expected 2 stages (build, runtime), found {len(stages)}")
        return
    build, final = stages
    build_from = resolve(build[0][1].split()[0], args)
    final_from = resolve(final[0][1].split()[0], args)

    sdk = json.loads(read("global.json"))["sdk"]["version"]
    major_minor = ".".join(sdk.split(".")[:2])
    tfm = re.search(r"<TargetFramework>net([\d.]+)</TargetFramework>", read("Directory.Build.props"))
    if not build_from.startswith(f"mcr.microsoft.com/dotnet/sdk:{major_minor}"):
        fail(f"Dockerfile: build stage is {build_from}, not the .NET {major_minor} SDK of global.json")
    if tfm and tfm.group(1) != major_minor:
        fail(f"Dockerfile: global.json SDK {major_minor} and TargetFramework net{tfm.group(1)} differ")
    if final_from != f"mcr.microsoft.com/dotnet/runtime-deps:{major_minor}-noble-chiseled":
        fail(f"Dockerfile: runtime stage is {final_from}, expected runtime-deps:{major_minor}-noble-chiseled")
    distro = lambda image: image.split(":", 1)[1].split("-")[1] if "-" in image.split(":", 1)[1] else "default"
    if distro(build_from) != distro(final_from):
        fail(f"Dockerfile: build ({build_from}) and runtime ({final_from}) use different distros: glibc may not match")

    # The publish command is the one CI runs.
    runs = [r for op, r in build if op == "RUN"]
    publish = re.compile(r"dotnet publish src/UpCloud\.GatewayExporter -c Release -o (\S+)")
    pub = [publish.search(r) for r in runs if publish.search(r)]
    if not pub:
        fail("Dockerfile: no `dotnet publish src/UpCloud.GatewayExporter -c Release -o DIR` in the build stage")
    ci = path(".ci/run")
    if os.path.exists(ci) and "dotnet publish src/UpCloud.GatewayExporter -c Release" not in open(ci).read():
        fail(".ci/run no longer runs `dotnet publish src/UpCloud.GatewayExporter -c Release`: align the Dockerfile")

    # Restore layer: every project of the exporter's graph and every props/targets/NuGet file is
    # copied before `dotnet restore`, or restore fails (or silently restores something else).
    copied_before_restore, restore_seen = set(), False
    for op, rest in build:
        if op == "RUN" and "dotnet restore" in rest:
            restore_seen = True
            break
        if op == "COPY" and "--from" not in rest:
            parts = [p for p in rest.split() if not p.startswith("--")]
            copied_before_restore.update(posixpath.normpath(p) for p in parts[:-1])
    if not restore_seen:
        fail("Dockerfile: no `dotnet restore` layer before the sources are copied")
    needed = project_closure(EXPORTER_PROJECT) + [f for f in (
        "global.json", "Directory.Build.props", "Directory.Packages.props", "Directory.Build.targets",
        "NuGet.config", "nuget.config", "NuGet.Config") if os.path.exists(path(f))]
    for n in needed:
        if n not in copied_before_restore:
            fail(f"Dockerfile: {n} is not copied before `dotnet restore`")

    # Every COPY source from the context exists and survives .dockerignore.
    ignore = [l.strip() for l in read(".dockerignore").splitlines() if l.strip() and not l.strip().startswith("#")]
    if not ignore or ignore[0] != "*":
        fail(".dockerignore: expected an allowlist starting with '*'")
    allowed = [p[1:].rstrip("/") for p in ignore if p.startswith("!")]
    for op, rest in build:
        if op != "COPY" or "--from" in rest:
            continue
        for src in [p for p in rest.split() if not p.startswith("--")][:-1]:
            src = posixpath.normpath(src)
            if not glob.glob(path(src)):
                fail(f"Dockerfile: COPY source {src} does not exist")
            if not any(src == a or src.startswith(a + "/") for a in allowed):
                fail(f".dockerignore: COPY source {src} is excluded from the build context")
    if any(a in (".git", "deploy", "tests") or a.startswith("deploy/") for a in allowed):
        fail(".dockerignore: .git, tests/ and deploy/ (local secrets) must stay out of the build context")

    # Runtime stage.
    ops = {}
    for op, rest in final:
        ops.setdefault(op, []).append(rest)
    user = (ops.get("USER") or [""])[-1]
    uid = user.split(":")[0]
    if not uid.isdigit() or int(uid) == 0:
        fail(f"Dockerfile: USER must be a numeric non-root UID (for runAsNonRoot), is '{user}'")
    elif int(uid) != APP_UID:
        fail(f"Dockerfile: USER {uid} is not the chiseled image's app user {APP_UID}")
    if str(PORT) not in " ".join(ops.get("EXPOSE", [])).split():
        fail(f"Dockerfile: EXPOSE {PORT} missing")
    try:
        entry = json.loads((ops.get("ENTRYPOINT") or ["null"])[-1])
    except ValueError:
        entry = None
    if entry != [BINARY]:
        fail(f"Dockerfile: ENTRYPOINT must be the exec form [\"{BINARY}\"]")
    hc = (ops.get("HEALTHCHECK") or [""])[-1]
    m = re.search(r"CMD\s+(\[.*\])\s*$", hc)
    if not m or json.loads(m.group(1))[:2] != [BINARY, "--health-check"]:
        fail(f"Dockerfile: HEALTHCHECK must be CMD [\"{BINARY}\", \"--health-check\"] (exec form, no shell)")
    if not any("/out/upcloud-gateway-exporter" in c and c.split()[-1] == BINARY
               for c in ops.get("COPY", []) if "--from=build" in c):
        fail(f"Dockerfile: the runtime stage does not copy the binary to {BINARY}")
    if ops.get("RUN"):
        fail("Dockerfile: RUN in the runtime stage: the chiseled image has no shell")
    labels = " ".join(ops.get("LABEL", []))
    for key in ("title", "description", "source", "licenses", "version"):
        if f"org.opencontainers.image.{key}=" not in labels:
            fail(f"Dockerfile: OCI label org.opencontainers.image.{key} missing")
    lic = re.search(r"<PackageLicenseExpression>([^<]+)<", read("Directory.Build.props"))
    if lic and f'org.opencontainers.image.licenses="{lic.group(1)}"' not in labels:
        fail(f"Dockerfile: licenses label is not {lic.group(1)} (Directory.Build.props)")
    env = " ".join(ops.get("ENV", []))
    if "DOTNET_EnableDiagnostics=0" not in env:
        fail("Dockerfile: DOTNET_EnableDiagnostics=0 missing (diagnostics socket needs a writable /tmp)")
