"""What every house rule shares: the repository's paths, file reading, YAML with compose's tags, and the problems found."""
import glob
import os
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEPLOY = os.path.join(ROOT, "deploy")
EXPORTER_PROJECT = "src/UpCloud.GatewayExporter/UpCloud.GatewayExporter.csproj"
BINARY = "/app/upcloud-gateway-exporter"
PORT = 9877
APP_UID = 1654

problems = []


def fail(msg):
    problems.append(msg)


def path(*parts):
    return os.path.join(ROOT, *parts)


def read(rel):
    with open(path(rel), encoding="utf-8") as f:
        return f.read()


class Loader(yaml.SafeLoader):
    """SafeLoader that also reads compose's !reset and !override tags."""


class Tagged:
    def __init__(self, tag, value):
        self.tag, self.value = tag, value


for _tag in ("!reset", "!override"):
    Loader.add_constructor(_tag, lambda loader, node, _t=_tag: Tagged(
        _t, loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode)
        else loader.construct_mapping(node) if isinstance(node, yaml.MappingNode)
        else loader.construct_scalar(node)))


def load_yaml(rel):
    with open(path(rel), encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def props_version():
    m = re.search(r"<Version>([^<]+)</Version>", read("Directory.Build.props"))
    return m.group(1).strip() if m else None


def rule_job():
    """The job name UpcloudGatewayExporterDown expects, from the rule file itself."""
    for f in sorted(glob.glob(path("deploy/prometheus/rules/*.yml"))):
        for g in yaml.safe_load(open(f, encoding="utf-8"))["groups"]:
            for r in g["rules"]:
                m = re.search(r'\bup\{job="([^"]+)"\}', r["expr"])
                if m:
                    return m.group(1)
    fail("deploy/prometheus/rules: no rule matches up{job=\"...\"}")
    return None

