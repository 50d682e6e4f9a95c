// Offline schema check of Kubernetes manifests, no cluster needed:
//  1. every object is validated against its API schema (kubernetes-models and
//     @kubernetes-models/prometheus-operator: types, required fields, enums, patterns, formats);
//  2. every object is type-checked as a TypeScript object literal against the same models' type
//     declarations, whose excess-property check reports unknown fields (a misspelt
//     "readinesProbe" passes step 1, not step 2).
// Only the kinds listed below are accepted: add a kind here when a manifest starts using it.
//
//   npm ci && node check-kubernetes.mjs FILE...   (multi-document YAML; "-" reads standard input)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import ts from "typescript";
import * as core from "kubernetes-models/v1";
import * as apps from "kubernetes-models/apps/v1";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as monitoring from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

const KINDS = {
  "v1/Namespace": [core.Namespace, "kubernetes-models/v1/Namespace", "INamespace"],
  "v1/ServiceAccount": [core.ServiceAccount, "kubernetes-models/v1/ServiceAccount", "IServiceAccount"],
  "v1/Service": [core.Service, "kubernetes-models/v1/Service", "IService"],
  "v1/Secret": [core.Secret, "kubernetes-models/v1/Secret", "ISecret"],
  "v1/ConfigMap": [core.ConfigMap, "kubernetes-models/v1/ConfigMap", "IConfigMap"],
  "apps/v1/Deployment": [apps.Deployment, "kubernetes-models/apps/v1/Deployment", "IDeployment"],
  "apps/v1/StatefulSet": [apps.StatefulSet, "kubernetes-models/apps/v1/StatefulSet", "IStatefulSet"],
  "networking.k8s.io/v1/NetworkPolicy": [networking.NetworkPolicy, "kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "INetworkPolicy"],
  "monitoring.coreos.com/v1/ServiceMonitor": [monitoring.ServiceMonitor, "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor", "IServiceMonitor"],
  "monitoring.coreos.com/v1/PrometheusRule": [monitoring.PrometheusRule, "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule", "IPrometheusRule"],
};

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check-kubernetes.mjs FILE... (multi-document YAML, - for stdin)");
  process.exit(2);
}

const problems = [];
const objects = [];
for (const file of files) {
  const text = fs.readFileSync(file === "-" ? 0 : file, "utf8");
  let docs;
  try {
    docs = yaml.loadAll(text);
  } catch (e) {
    problems.push(`${file}: YAML: ${e.message}`);
    continue;
  }
  for (const doc of docs) {
    if (doc === null || doc === undefined) continue;
    const where = `${file}: ${doc.kind}/${doc.metadata?.name ?? "?"}`;
    const entry = KINDS[`${doc.apiVersion}/${doc.kind}`];
    if (!entry) {
      problems.push(`${where}: apiVersion ${doc.apiVersion} kind ${doc.kind} is not known to this check`);
      continue;
    }
    const [Model] = entry;
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
    }
    objects.push({ doc, where, entry });
  }
}

// Step 2: unknown fields, through TypeScript's excess-property check on object literals.
const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(here, ".tmp-"));
try {
  const source = path.join(tmp, "manifests.ts");
  const lines = [];
  const lineOwner = [];
  objects.forEach(({ doc, where, entry }, i) => {
    const [, module, type] = entry;
    const body = `import type { ${type} as T${i} } from "${module}";\nexport const o${i}: T${i} = ${JSON.stringify(doc, null, 2)};\n`;
    for (const line of body.split("\n")) {
      lines.push(line);
      lineOwner.push(where);
    }
  });
  fs.writeFileSync(source, lines.join("\n"));
  const program = ts.createProgram([source], {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n  ");
    if (d.file && d.file.fileName === source && d.start !== undefined) {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      problems.push(`${lineOwner[line]}: ${message}\n    at: ${lines[line].trim()}`);
    } else {
      problems.push(`TypeScript: ${message}`);
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

for (const p of problems) console.log(`FAIL ${p}`);
console.log(`${objects.length} objects checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
